using DeepMath.Web.Modules.Program.Contracts;

namespace DeepMath.Web.Modules.Program.Rules;

/// <param name="Clashes">Hard: a save that would create one is refused with these reasons.</param>
/// <param name="Warnings">Soft: shown on the editor and before release.</param>
public sealed record ProgramProblems(IReadOnlyList<string> Clashes, IReadOnlyList<string> Warnings);

/// <summary>Every rule of the program in one place: the hard clashes and the soft warnings.</summary>
public static class ProgramChecks
{
    public static IReadOnlyList<string> Clashes(ProgramSnapshot program) =>
        [.. RoomClashRule.Find(program), .. PersonClashRule.Find(program), .. ItemOutsideSessionRule.Find(program)];

    /// <param name="registered">Registered attendees, for the room-capacity warning; null when registration cannot tell.</param>
    public static IReadOnlyList<string> Warnings(ProgramSnapshot program, int? registered) =>
        [.. ChairPresentingRule.Find(program), .. registered is { } r ? CapacityRule.Find(program, r) : [], .. NoBreakRule.Find(program)];

    public static ProgramProblems Check(ProgramSnapshot program, int? registered) => new(Clashes(program), Warnings(program, registered));
}
