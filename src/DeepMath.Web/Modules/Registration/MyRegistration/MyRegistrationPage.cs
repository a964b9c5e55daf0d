using DeepMath.Web.Modules.Events.Contracts;

namespace DeepMath.Web.Modules.Registration.MyRegistration;

public sealed record MyRegistrationPage(EventInfo Event, Domain.Registration? Registration, string? TicketType, string? PaymentText,
    int? Place, bool CanCancel, bool WindowOpen);
