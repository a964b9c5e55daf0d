namespace DeepMath.Web.Modules.Registration.RegisterForEvent;

/// <summary>
/// One attendee's registration, waiting for its turn at the event's lock. <paramref name="ReceivedAt"/> is
/// the instant of the request: the desk checks the registration window against it, not against its turn.
/// </summary>
public sealed record RegistrationRequest(Guid EventId, string UserId, RegistrationForm Form, DateTimeOffset ReceivedAt);
