namespace DeepMath.Web.Modules.Program.Domain;

/// <summary>
/// A signed-in reader's star on a session or an item of an event's program. It names the id only: ids are
/// stable across releases, so a star follows its session or item when it moves, and is simply not shown
/// while a release no longer has it.
/// </summary>
public sealed class ProgramStar
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid EventId { get; init; }
    public required string UserId { get; init; }

    /// <summary>A session's or an item's id (the two never share an id).</summary>
    public Guid TargetId { get; init; }

    public DateTimeOffset StarredAt { get; init; }
}
