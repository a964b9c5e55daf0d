using DeepMath.Web.Modules.Program.Contracts;
using DeepMath.Web.Modules.Program.Published;

namespace DeepMath.Web.Modules.Program.PublicProgram;

/// <summary>What every reader's page knows: the program, and the reader's stars (empty when signed out).</summary>
public sealed record Reader(PublishedProgram Program, IReadOnlySet<Guid> Stars, bool SignedIn)
{
    public string Slug => Program.Event.Slug;
}

public sealed record ProgramPage(Reader Reader, IReadOnlyList<ProgramDay> Days);

public sealed record SessionPage(Reader Reader, ProgramSession Session, ProgramRoom? Room);

public sealed record ItemPage(Reader Reader, ProgramSession Session, ProgramItem Item, ProgramRoom? Room);

/// <summary>A star's form: what it stars, whether it is starred now, and the page to come back to.</summary>
public sealed record StarButton(string Slug, Guid TargetId, bool Starred, string What, string ReturnUrl);
