namespace DeepMath.Web.Modules.Program.Domain;

/// <summary>
/// An event's private working copy of its program, which organizers edit and release. It is one document
/// (jsonb) rather than a table per part: the editor always loads, checks and saves the whole program, the
/// clash rules look at all of it at once, and <see cref="Revision"/> refuses a save made on a stale copy.
/// </summary>
public sealed class WorkingProgram
{
    public Guid EventId { get; init; }

    /// <summary>Raised by each save; a form carries the revision it was made on.</summary>
    public int Revision { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DraftProgram Draft { get; set; } = new();
}
