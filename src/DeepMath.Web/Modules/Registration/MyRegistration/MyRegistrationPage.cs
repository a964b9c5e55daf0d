using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Registration.Domain;

namespace DeepMath.Web.Modules.Registration.MyRegistration;

public sealed record MyRegistrationPage(EventInfo Event, EventRegistration? Registration, string? TicketType, string? PaymentText,
    int? Place, bool CanCancel, bool WindowOpen, string? PaymentInstructions = null);
