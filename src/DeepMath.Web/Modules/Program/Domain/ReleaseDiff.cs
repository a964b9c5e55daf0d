using DeepMath.Web.Modules.Program.Contracts;

namespace DeepMath.Web.Modules.Program.Domain;

public enum ChangeKind
{
    New,
    Moved,
    Cancelled,
}

/// <summary>Where an item is in one release: what a presenter needs to know to be there.</summary>
public sealed record ItemPlace(Guid SessionId, string SessionTitle, DateOnly Day, TimeOnly Starts, TimeOnly Ends, string? Room, int? BoardNumber);

/// <param name="People">The item's people as now (as before, for a cancelled item).</param>
public sealed record ItemChange(ChangeKind Kind, Guid ItemId, ItemKind ItemKind, string Title, ItemPlace? Before, ItemPlace? After,
    IReadOnlyList<ProgramPerson> People);

/// <summary>
/// What changed from one release to the next, item by item, by the items' stable ids: new items, items that
/// moved (another day, time, room, session or board) and cancelled ones. A retitled item that stays put is not a change.
/// </summary>
public static class ReleaseDiff
{
    public static IReadOnlyList<ItemChange> Between(ProgramSnapshot? before, ProgramSnapshot after)
    {
        var old = before is null ? [] : Places(before);
        var now = Places(after);
        var changes = new List<ItemChange>();
        foreach (var (id, (item, place)) in now)
        {
            if (!old.TryGetValue(id, out var was))
            {
                changes.Add(new ItemChange(ChangeKind.New, id, item.Kind, item.Title, null, place, item.People));
            }
            else if (was.Place with { SessionTitle = "" } != place with { SessionTitle = "" })
            {
                changes.Add(new ItemChange(ChangeKind.Moved, id, item.Kind, item.Title, was.Place, place, item.People));
            }
        }
        foreach (var (id, (item, place)) in old.Where(o => !now.ContainsKey(o.Key)))
        {
            changes.Add(new ItemChange(ChangeKind.Cancelled, id, item.Kind, item.Title, place, null, item.People));
        }
        return [.. changes.OrderBy(c => c.Kind).ThenBy(c => (c.After ?? c.Before)!.Day).ThenBy(c => (c.After ?? c.Before)!.Starts)
            .ThenBy(c => (c.After ?? c.Before)!.BoardNumber).ThenBy(c => c.Title, StringComparer.Ordinal)];
    }

    private static Dictionary<Guid, (ProgramItem Item, ItemPlace Place)> Places(ProgramSnapshot program) =>
        program.Items().ToDictionary(
            p => p.Item.Id,
            p => (p.Item, new ItemPlace(p.Session.Id, p.Session.Title, p.Session.Day, p.Item.Starts, p.Item.Ends,
                Rules.Slot.RoomName(program, p.Session), p.Item.BoardNumber)));
}
