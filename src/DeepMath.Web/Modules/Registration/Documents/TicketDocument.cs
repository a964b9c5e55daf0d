namespace DeepMath.Web.Modules.Registration.Documents;

/// <summary>What a ticket, a letter or a badge prints about one attendee.</summary>
public sealed record TicketDocument(
    string EventTitle, string EventDays, string? Venue, string BadgeName, string Affiliation, string Country,
    string TicketType, string Reference, string PaymentText, string CheckInToken, PaperSize? Paper = null)
{
    /// <summary>The sheet of the event's country; A4 when unknown.</summary>
    public PaperSize Sheet => Paper ?? PaperSize.A4;
}
