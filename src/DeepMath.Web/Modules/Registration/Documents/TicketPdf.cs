using DeepMath.Web.Infrastructure.Pdf;

namespace DeepMath.Web.Modules.Registration.Documents;

/// <summary>The PDF ticket: event, attendee, ticket type, payment state and the QR code of the check-in token (also printed as text, for pasting at the desk).</summary>
public static class TicketPdf
{
    public static byte[] Render(TicketDocument ticket)
    {
        var paper = ticket.Sheet;
        return PdfDocuments.Create($"Ticket — {ticket.EventTitle}", document =>
        {
            var canvas = document.BeginPage(paper.Width, paper.Height);
            const float margin = 56;
            var width = paper.Width - (2 * margin);
            PdfText.FitLine(canvas, ticket.EventTitle, margin, 90, width, 24, bold: true);
            PdfText.FitLine(canvas, ticket.EventDays + (ticket.Venue is null ? string.Empty : $" · {ticket.Venue}"), margin, 115, width, 12);
            PdfText.FitLine(canvas, "TICKET", margin, 170, width, 14, bold: true);
            PdfText.FitLine(canvas, ticket.BadgeName, margin, 205, width, 22, bold: true);
            PdfText.FitLine(canvas, ticket.Affiliation, margin, 230, width, 13);
            PdfText.FitLine(canvas, $"Ticket type: {ticket.TicketType}", margin, 260, width, 12);
            PdfText.FitLine(canvas, $"Registration {ticket.Reference}", margin, 278, width, 12);
            PdfText.FitLine(canvas, ticket.PaymentText, margin, 296, width, 12);
            const float qrSize = 220;
            QrPainter.Draw(canvas, ticket.CheckInToken, margin, 330, qrSize);
            PdfText.FitLine(canvas, "Check-in token:", margin, 330 + qrSize + 28, width, 10);
            PdfText.FitLine(canvas, ticket.CheckInToken, margin, 330 + qrSize + 44, width, 10);
            PdfText.Paragraph(canvas, "Show this QR code at the registration desk. It is your personal ticket: do not share it.", margin, 330 + qrSize + 80, width, 10);
            document.EndPage();
        });
    }
}
