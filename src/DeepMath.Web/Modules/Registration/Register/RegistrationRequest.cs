using DeepMath.Web.Modules.Events.Contracts;

namespace DeepMath.Web.Modules.Registration.Register;

/// <summary>One attendee's registration, checked for the window and waiting for its turn at the event's lock.</summary>
public sealed record RegistrationRequest(EventInfo Event, string UserId, string Email, RegisterForm Form);
