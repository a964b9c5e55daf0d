using DeepMath.Web.Modules.Program.Contracts;

namespace DeepMath.Web.Modules.Program.Domain;

/// <summary>The order in which the organizer wants the boards of a poster session numbered.</summary>
public enum BoardOrder
{
    TopicThenNumber,
    Number,
}

/// <summary>
/// Numbers the boards of a poster session 1, 2, 3 … in the order the organizer picks, keeping a presenter's
/// posters on neighbouring boards (at the place of their first one), so that they can stand by all of them.
/// The session's posters are put in board order too.
/// </summary>
public static class PosterBoards
{
    public static void Number(DraftSession session, BoardOrder order)
    {
        var sorted = session.Items.Where(i => i.Kind == ItemKind.Poster)
            .OrderBy(i => order == BoardOrder.TopicThenNumber ? 0 : 1) // keeps the sort stable for both orders
            .ThenBy(i => order == BoardOrder.TopicThenNumber ? (i.Topics.Count == 0 ? 1 : 0) : 0)
            .ThenBy(i => order == BoardOrder.TopicThenNumber ? i.Topics.FirstOrDefault() ?? "" : "", StringComparer.OrdinalIgnoreCase)
            .ThenBy(i => i.SubmissionNumber ?? int.MaxValue)
            .ThenBy(i => i.Title, StringComparer.Ordinal)
            .ToList();
        var byPresenter = sorted.ToLookup(PresenterOf);
        var placed = new List<DraftItem>(sorted.Count);
        var done = new HashSet<string>();
        foreach (var poster in sorted)
        {
            if (done.Add(PresenterOf(poster)))
            {
                placed.AddRange(byPresenter[PresenterOf(poster)]);
            }
        }
        for (var i = 0; i < placed.Count; i++)
        {
            placed[i].BoardNumber = i + 1;
        }
        var others = session.Items.Where(i => i.Kind != ItemKind.Poster).ToList();
        session.Items = [.. placed, .. others];
    }

    private static string PresenterOf(DraftItem item) =>
        item.People.FirstOrDefault(p => p.Role == PersonRole.Presenter) is { } presenter ? Rules.PersonKey.Of(presenter) : item.Id.ToString();
}
