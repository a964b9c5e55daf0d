using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Registration.Register;

namespace DeepMath.Web.Modules.Registration.EditRegistration;

public sealed record EditRegistrationPage(EventInfo Event, Domain.Registration Registration, string TicketType, string PaymentText, RegisterForm Form);
