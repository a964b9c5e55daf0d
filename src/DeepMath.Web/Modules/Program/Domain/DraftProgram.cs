using DeepMath.Web.Modules.Program.Contracts;

namespace DeepMath.Web.Modules.Program.Domain;

/// <summary>The content of a working copy: rooms and sessions with their items in order (times not yet computed).</summary>
public sealed class DraftProgram
{
    public List<DraftRoom> Rooms { get; set; } = [];
    public List<DraftSession> Sessions { get; set; } = [];

    public IEnumerable<DraftItem> Items => Sessions.SelectMany(s => s.Items);

    public DraftSession? SessionOf(Guid itemId) => Sessions.FirstOrDefault(s => s.Items.Any(i => i.Id == itemId));

    /// <summary>The submissions already placed, so that the editor lists only the others beside it.</summary>
    public IReadOnlySet<Guid> PlacedSubmissions => Items.Where(i => i.SubmissionId is not null).Select(i => i.SubmissionId!.Value).ToHashSet();
}

public sealed class DraftRoom
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Name { get; set; } = string.Empty;
    public int? Capacity { get; set; }
    public string? FloorNotes { get; set; }
}

public sealed class DraftSession
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public SessionKind Kind { get; set; }
    public string Title { get; set; } = string.Empty;
    public Guid? RoomId { get; set; }
    public DateOnly Day { get; set; }
    public TimeOnly Starts { get; set; }
    public TimeOnly Ends { get; set; }
    public string? Chair { get; set; }
    public string? Description { get; set; }
    public List<DraftItem> Items { get; set; } = [];
}

/// <summary>
/// One item of a session. An item with <see cref="Minutes"/> takes that much of the session's time after the
/// items before it; one without (a poster, a panel filling the session) spans the whole session.
/// </summary>
public sealed class DraftItem
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public ItemKind Kind { get; set; }
    public string Title { get; set; } = string.Empty;
    public int? Minutes { get; set; }
    public int? BoardNumber { get; set; }
    public Guid? SubmissionId { get; set; }
    public int? SubmissionNumber { get; set; }

    /// <summary>The submission's topics, kept for ordering poster boards by topic.</summary>
    public List<string> Topics { get; set; } = [];

    public List<ProgramPerson> People { get; set; } = [];
    public string? Abstract { get; set; }
    public string? Biography { get; set; }

    /// <summary>The invited speaker's profile (Events' speaker profiles), whose name, affiliation and biography the item copies.</summary>
    public Guid? SpeakerId { get; set; }
}
