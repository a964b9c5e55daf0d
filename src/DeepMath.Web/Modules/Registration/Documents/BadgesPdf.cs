using DeepMath.Web.Infrastructure.Pdf;
using SkiaSharp;

namespace DeepMath.Web.Modules.Registration.Documents;

/// <summary>All badges on A4 or Letter sheets: two columns of four, with cutting lines.</summary>
public static class BadgesPdf
{
    private const int Columns = 2;
    private const int Rows = 4;

    public static byte[] Render(string eventTitle, IReadOnlyList<TicketDocument> badges, PaperSize paper)
    {
        return PdfDocuments.Create($"Badges — {eventTitle}", document =>
        {
            const float margin = 36;
            var cellWidth = (paper.Width - (2 * margin)) / Columns;
            var cellHeight = (paper.Height - (2 * margin)) / Rows;
            using var line = new SKPaint { Color = SKColors.LightGray, Style = SKPaintStyle.Stroke, StrokeWidth = 0.5f };
            var perPage = Columns * Rows;
            for (var start = 0; start < Math.Max(1, badges.Count); start += perPage)
            {
                var canvas = document.BeginPage(paper.Width, paper.Height);
                foreach (var (badge, i) in badges.Skip(start).Take(perPage).Select((b, i) => (b, i)))
                {
                    var x = margin + (i % Columns * cellWidth);
                    var y = margin + (i / Columns * cellHeight);
                    canvas.DrawRect(SKRect.Create(x, y, cellWidth, cellHeight), line);
                    var inner = cellWidth - 24;
                    var centre = x + (cellWidth / 2);
                    PdfText.FitLine(canvas, eventTitle, centre, y + 30, inner, 10, align: SKTextAlign.Center);
                    PdfText.FitLine(canvas, badge.BadgeName, centre, y + (cellHeight / 2), inner, 22, bold: true, align: SKTextAlign.Center);
                    PdfText.FitLine(canvas, badge.Affiliation, centre, y + (cellHeight / 2) + 26, inner, 12, align: SKTextAlign.Center);
                    PdfText.FitLine(canvas, badge.TicketType, centre, y + cellHeight - 20, inner, 10, bold: true, align: SKTextAlign.Center);
                }
                document.EndPage();
            }
        });
    }
}
