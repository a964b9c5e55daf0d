using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Program.Contracts;
using DeepMath.Web.Modules.Program.Published;

namespace DeepMath.Web.Modules.Program.PublicProgram;

/// <summary>What every reader's page knows: the program, and the reader's stars (empty when signed out).</summary>
/// <param name="Speakers">The speaker profiles invited talks name, by id: their photos and pages are linked.</param>
public sealed record Reader(PublishedProgram Program, IReadOnlySet<Guid> Stars, bool SignedIn, IReadOnlyDictionary<Guid, SpeakerCard>? Speakers = null)
{
    public string Slug => Program.Event.Slug;

    /// <summary>The profile of an invited talk's speaker, when the talk names one that still exists.</summary>
    public SpeakerCard? SpeakerOf(ProgramItem item) => item.SpeakerId is { } id && Speakers?.TryGetValue(id, out var card) == true ? card : null;
}

/// <param name="Workshops">The conference's workshops on each day of the event (an empty list on a day without).</param>
public sealed record ProgramPage(Reader Reader, IReadOnlyList<ProgramDay> Days, IReadOnlyDictionary<DateOnly, IReadOnlyList<WorkshopSlot>> Workshops)
{
    public IReadOnlyList<WorkshopSlot> WorkshopsOn(DateOnly day) => Workshops.TryGetValue(day, out var slots) ? slots : [];
}

public sealed record SessionPage(Reader Reader, ProgramSession Session, ProgramRoom? Room);

public sealed record ItemPage(Reader Reader, ProgramSession Session, ProgramItem Item, ProgramRoom? Room);

/// <summary>A star's form: what it stars, whether it is starred now, and the page to come back to.</summary>
public sealed record StarButton(string Slug, Guid TargetId, bool Starred, string What, string ReturnUrl);
