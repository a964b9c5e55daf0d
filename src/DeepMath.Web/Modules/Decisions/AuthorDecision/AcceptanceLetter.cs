using System.Globalization;
using DeepMath.Web.Infrastructure.Pdf;
using SkiaSharp;

namespace DeepMath.Web.Modules.Decisions.AuthorDecision;

/// <summary>
/// The acceptance letter attendees show for travel and visa requests: one A4 PDF naming the person, the
/// abstract and the outcome, drawn with SkiaSharp in DejaVu Sans (shipped with the app, so that names in
/// any Latin, Greek or Cyrillic script print the same on every server).
/// </summary>
public sealed class AcceptanceLetter
{
    private const float PageWidth = 595f;
    private const float PageHeight = 842f;
    private const float Margin = 64f;
    private readonly SKTypeface _regular = PdfFonts.RegularFace;
    private readonly SKTypeface _bold = PdfFonts.BoldFace;

    public sealed record Content(string EventTitle, string? Venue, DateOnly StartsOn, DateOnly EndsOn, string PersonName, string Affiliation, int Number,
        string Title, string Abstract, string OutcomeLabel, IReadOnlyList<string> Authors, DateOnly IssuedOn);

    public byte[] Render(Content c)
    {
        return PdfDocuments.Create($"Letter of acceptance — {c.EventTitle}", document =>
        {
            var canvas = document.BeginPage(PageWidth, PageHeight);
            var y = Margin;
            using var heading = new SKFont(_bold, 18);
            using var strong = new SKFont(_bold, 11);
            using var body = new SKFont(_regular, 11);
            using var small = new SKFont(_regular, 9.5f);
            y = Lines(canvas, c.EventTitle, heading, y, 24);
            var place = c.Venue is { Length: > 0 } v ? $"{v}, " : string.Empty;
            y = Lines(canvas, $"{place}{c.StartsOn.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)} – {c.EndsOn.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}", body, y, 16);
            y += 18;
            y = Lines(canvas, c.IssuedOn.ToString("d MMMM yyyy", CultureInfo.InvariantCulture), body, y, 16);
            y += 12;
            y = Lines(canvas, "Letter of acceptance", strong, y, 20);
            y = Lines(canvas, "To whom it may concern,", body, y, 20);
            var affiliation = string.IsNullOrWhiteSpace(c.Affiliation) ? string.Empty : $" ({c.Affiliation})";
            y = Lines(canvas, $"This letter confirms that {c.PersonName}{affiliation} is an author of abstract {c.Number}, \"{c.Title}\", "
                + $"which the programme committee has {c.OutcomeLabel} at {c.EventTitle}. {c.PersonName} is invited to attend and present the work.", body, y, 16);
            y += 8;
            y = Lines(canvas, $"Authors: {string.Join(", ", c.Authors)}", body, y, 16);
            y += 8;
            y = Lines(canvas, "Abstract", strong, y, 16);
            y = Lines(canvas, c.Abstract, small, y, 13, PageHeight - Margin - 80);
            y += 20;
            y = Lines(canvas, "On behalf of the organizers,", body, y, 16);
            Lines(canvas, $"The {c.EventTitle} programme committee", body, y, 16);
            document.EndPage();
        });
    }

    private static float Lines(SKCanvas canvas, string text, SKFont font, float y, float leading, float bottom = PageHeight - Margin) =>
        PdfText.Wrap(canvas, text, font, Margin, y, PageWidth - (2 * Margin), leading, bottom);
}
