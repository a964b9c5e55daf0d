namespace DeepMath.Web.Modules.Registration.CheckIn;

public enum CheckInKind
{
    CheckedIn,
    AlreadyCheckedIn,
    Refused,
}

/// <summary>What the desk sees after a scan: who, and whether to let them in.</summary>
public sealed record CheckInAnswer(CheckInKind Kind, string Message, string? Name = null, string? Affiliation = null, string? TicketType = null, bool PaymentDue = false);
