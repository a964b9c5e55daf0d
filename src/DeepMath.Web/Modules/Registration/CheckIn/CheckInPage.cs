using DeepMath.Web.Modules.Events.Contracts;

namespace DeepMath.Web.Modules.Registration.CheckIn;

public sealed record CheckInMatch(Guid Id, string Name, string Affiliation, string TicketType, bool CheckedIn);

public sealed record CheckInPage(EventInfo Event, string? Query, IReadOnlyList<CheckInMatch> Matches, CheckInAnswer? Result, int CheckedIn, int Confirmed);
