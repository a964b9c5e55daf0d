using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Registration.Domain;
using DeepMath.Web.Modules.Registration.RegisterForEvent;

namespace DeepMath.Web.Modules.Registration.EditRegistration;

public sealed record EditRegistrationPage(EventInfo Event, EventRegistration Registration, string TicketType, string PaymentText, RegistrationForm Form,
    IReadOnlyList<PaymentLogEntry> PaymentLog);
