using DeepMath.Web.Infrastructure.Pdf;

namespace DeepMath.Web.Modules.Registration.Documents;

/// <summary>A letter confirming a registration, for visa applications, on the paper of the event's country.</summary>
public static class InvitationLetterPdf
{
    public static byte[] Render(TicketDocument attendee, LetterContent letter)
    {
        var paper = attendee.Sheet;
        return PdfDocuments.Create($"Invitation letter — {attendee.EventTitle}", document =>
        {
            var canvas = document.BeginPage(paper.Width, paper.Height);
            const float margin = 72;
            var width = paper.Width - (2 * margin);
            PdfText.FitLine(canvas, attendee.EventTitle, margin, 90, width, 16, bold: true);
            PdfText.FitLine(canvas, letter.IssuedOn.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture), margin, 130, width, 11);
            var y = PdfText.Paragraph(canvas, "To whom it may concern,", margin, 180, width, 11);
            var passport = string.IsNullOrWhiteSpace(letter.PassportNumber) ? string.Empty : $", holder of passport number {letter.PassportNumber}";
            var nationality = string.IsNullOrWhiteSpace(letter.Nationality) ? string.Empty : $", a national of {letter.Nationality}";
            y = PdfText.Paragraph(canvas,
                $"This letter confirms that {attendee.BadgeName}{nationality}{passport}, of {attendee.Affiliation} ({attendee.Country}), is registered to attend "
                + $"{attendee.EventTitle}, held {attendee.EventDays}{(attendee.Venue is null ? string.Empty : $" at {attendee.Venue}")}, "
                + $"with registration number {attendee.Reference} ({attendee.TicketType}).",
                margin, y + 8, width, 11);
            y = PdfText.Paragraph(canvas,
                "The purpose of the visit is to take part in the scientific programme of the conference. "
                + "The conference does not cover travel or accommodation costs unless stated otherwise in writing.",
                margin, y + 8, width, 11);
            if (!string.IsNullOrWhiteSpace(letter.OrganizerNote))
            {
                y = PdfText.Paragraph(canvas, letter.OrganizerNote, margin, y + 8, width, 11);
            }
            y = PdfText.Paragraph(canvas, "Sincerely,", margin, y + 16, width, 11);
            PdfText.Paragraph(canvas, string.IsNullOrWhiteSpace(letter.Signatory) ? $"The organizers of {attendee.EventTitle}" : $"{letter.Signatory}, for the organizers of {attendee.EventTitle}",
                margin, y + 36, width, 11);
            document.EndPage();
        });
    }
}
