namespace DeepMath.Web.Modules.Registration.Documents;

/// <summary>What a visa letter says beyond the ticket: the day, the organizers' note and signatory, and the attendee's passport details.</summary>
public sealed record LetterContent(DateOnly IssuedOn, string? OrganizerNote, string? Signatory, string? PassportNumber, string? Nationality);
