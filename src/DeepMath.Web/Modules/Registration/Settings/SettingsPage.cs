using DeepMath.Web.Modules.Events.Contracts;

namespace DeepMath.Web.Modules.Registration.Settings;

public sealed record TicketTypeRow(Guid Id, string Name, decimal Fee, int? Cap, bool IsOffered, int Confirmed, int Waiting);

public sealed record SettingsPage(EventInfo Event, SettingsForm Form, IReadOnlyList<TicketTypeRow> Types, TicketTypeForm NewType, bool IsSetUp);
