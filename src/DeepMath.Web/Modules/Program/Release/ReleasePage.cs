using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Program.Domain;

namespace DeepMath.Web.Modules.Program.Release;

/// <summary>What releasing now would do: the version, the changes against the public program, clashes and warnings, e-mails.</summary>
public sealed record ReleasePage(EventInfo Event, int Revision, int Version, IReadOnlyList<ItemChange> Changes, IReadOnlyList<string> Clashes,
    IReadOnlyList<string> Warnings, int Emails, ReleaseForm Form);
