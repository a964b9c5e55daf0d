using DeepMath.Web.Modules.Events.Contracts;

namespace DeepMath.Web.Modules.Registration.Register;

public sealed record TicketOption(Guid Id, string Name, string FeeText, bool Full);

public sealed record RegisterPage(EventInfo Event, string? Closed, IReadOnlyList<TicketOption> Types, bool EventFull, RegisterForm Form);
