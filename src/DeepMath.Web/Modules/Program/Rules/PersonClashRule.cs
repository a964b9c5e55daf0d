using DeepMath.Web.Modules.Program.Contracts;

namespace DeepMath.Web.Modules.Program.Rules;

/// <summary>
/// Refused: a presenter, speaker, moderator or panelist in two places at once. A presenter's posters in one
/// poster session are not a clash: their boards are kept together and they stand by both.
/// </summary>
public static class PersonClashRule
{
    public static IEnumerable<string> Find(ProgramSnapshot program)
    {
        var appearances = (
            from session in program.Sessions
            from item in session.Items
            from person in item.People
            select (Key: PersonKey.Of(person), person.Name, Session: session, Item: item))
            .GroupBy(a => a.Key);
        foreach (var person in appearances)
        {
            var list = person.DistinctBy(a => a.Item.Id).ToList();
            for (var i = 0; i < list.Count; i++)
            {
                for (var j = i + 1; j < list.Count; j++)
                {
                    var (a, b) = (list[i], list[j]);
                    var bothPostersTogether = a.Session.Id == b.Session.Id && a.Item.Kind == ItemKind.Poster && b.Item.Kind == ItemKind.Poster;
                    var (slotA, slotB) = (Slot.Of(program, a.Session, a.Item), Slot.Of(program, b.Session, b.Item));
                    if (!bothPostersTogether && slotA.Overlaps(slotB))
                    {
                        yield return $"{a.Name} would be in two places at once: \"{a.Item.Title}\" ({slotA}) and \"{b.Item.Title}\" ({slotB}). Move one of them.";
                    }
                }
            }
        }
    }
}
