using DeepMath.Web.Modules.Events.Contracts;

namespace DeepMath.Web.Modules.Registration.RegisterForEvent;

public sealed record TicketOption(Guid Id, string Name, string FeeText, bool Full);

public sealed record RegisterForEventPage(EventInfo Event, string? Closed, IReadOnlyList<TicketOption> Types, bool EventFull, RegistrationForm Form);
