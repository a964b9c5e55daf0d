using DeepMath.Web.Modules.Program.Contracts;

namespace DeepMath.Web.Modules.Program.Rules;

/// <summary>Refused: an item that does not fit in its session's time (its talks together run longer than the session).</summary>
public static class ItemOutsideSessionRule
{
    public static IEnumerable<string> Find(ProgramSnapshot program) =>
        from session in program.Sessions
        from item in session.Items
        where item.Starts < session.Starts || item.Ends > session.Ends || item.Ends < item.Starts
        select $"\"{item.Title}\" would run {item.Starts:HH\\:mm}–{item.Ends:HH\\:mm}, outside its session \"{session.Title}\" ({session.Starts:HH\\:mm}–{session.Ends:HH\\:mm}). Shorten the talks, or lengthen or split the session.";
}
