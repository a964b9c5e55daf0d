using DeepMath.Web.Modules.Program.Contracts;

namespace DeepMath.Web.Modules.Program.Rules;

/// <summary>Warned: someone chairs one session while they present (or speak, moderate, sit on a panel) in another at the same time.</summary>
public static class ChairPresentingRule
{
    public static IEnumerable<string> Find(ProgramSnapshot program) =>
        from chaired in program.Sessions
        where !string.IsNullOrWhiteSpace(chaired.Chair)
        from session in program.Sessions
        where session.Id != chaired.Id
        from item in session.Items
        where item.People.Any(p => PersonKey.Name(p.Name) == PersonKey.Name(chaired.Chair!))
            && Slot.Of(program, chaired).Overlaps(Slot.Of(program, session, item))
        select $"{chaired.Chair} chairs \"{chaired.Title}\" ({Slot.Of(program, chaired)}) while presenting \"{item.Title}\" ({Slot.Of(program, session, item)}).";
}
