using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Registration.Domain;

namespace DeepMath.Web.Modules.Registration.Registrations;

public sealed record RegistrationRow(Guid Id, string Reference, string BadgeName, string Email, string Affiliation, string Country, string TicketType,
    CareerStage Stage, RegistrationState State, int? Place, PaymentState Payment, decimal Fee, bool CheckedIn, string? Dietary, string? Accessibility, bool ListConsent,
    bool IsPresenter = false, DateTimeOffset? CheckedInAt = null);

public sealed record CountRow(string Label, int Confirmed, int Waiting);

public sealed record RegistrationsPage(EventInfo Event, RegistrationFilter Filter, IReadOnlyList<RegistrationRow> Rows, int Capacity, int Confirmed, int Waiting,
    int CheckedIn, IReadOnlyList<CountRow> ByType, IReadOnlyList<CountRow> ByStage, IReadOnlyList<(Guid Id, string Name)> Types, string Currency);
