namespace DeepMath.Web.Modules.Program.Calendar;

/// <summary>What a calendar says about the release it comes from.</summary>
/// <param name="Name">The calendar's name in a subscriber's app (X-WR-CALNAME), e.g. "DeepMath 2025".</param>
/// <param name="Sequence">
/// SEQUENCE of every event: the release's version, so that a calendar app takes a later release's times over
/// an earlier one's for the same UID.
/// </param>
/// <param name="Stamp">DTSTAMP: when the release was made, so the same release always gives the same bytes.</param>
/// <param name="Link">The public page of a session (item null) or an item, written as each event's URL; optional.</param>
public sealed record CalendarEdition(string Name, int Sequence, DateTimeOffset Stamp, Func<Guid, Guid?, Uri?>? Link = null);
