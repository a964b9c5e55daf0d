using DeepMath.Web.Modules.Program.Contracts;

namespace DeepMath.Web.Modules.Program.Domain;

/// <summary>A named version of an event's program, released by an organizer; the public program is the latest one.</summary>
public sealed class ProgramRelease
{
    public const int NameMaxLength = 120;
    public const int CommentMaxLength = 2000;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid EventId { get; init; }

    /// <summary>1, 2, 3 … per event; unique with the event.</summary>
    public int Version { get; init; }

    public required string Name { get; init; }
    public string? Comment { get; init; }
    public DateTimeOffset ReleasedAt { get; init; }
    public required string ReleasedBy { get; init; }

    /// <summary>The program as released, stored as jsonb.</summary>
    public required ProgramSnapshot Snapshot { get; init; }
}
