using DeepMath.Web.Modules.Decisions.Contracts;
using DeepMath.Web.Modules.Program.Contracts;
using DeepMath.Web.Modules.Program.Domain;
using DeepMath.Web.Modules.Submissions.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Program.Editor;

/// <param name="IsPoster">Accepted as a poster (by the built-in "poster" outcome or an outcome labelled so).</param>
public sealed record AcceptedAbstract(Guid SubmissionId, int Number, string Title, string OutcomeLabel, bool IsPoster,
    IReadOnlyList<string> Topics, ProgramPerson Presenter);

/// <summary>An event's accepted abstracts as the editor places them: presenting author with affiliation, and topics for the boards.</summary>
public sealed class AcceptedAbstracts(AcceptedPresenters accepted, SubmissionCatalog catalog)
{
    public async Task<IReadOnlyList<AcceptedAbstract>> ForEventAsync(Guid eventId, CancellationToken cancellationToken)
    {
        var presenters = await accepted.ForEventAsync(eventId, cancellationToken);
        var ids = presenters.Select(p => p.SubmissionId).ToList();
        var authors = await catalog.AuthorsAsync(ids, cancellationToken);
        var topics = new Dictionary<Guid, List<string>>();
        foreach (var callId in presenters.Select(p => p.CallId).Distinct())
        {
            foreach (var row in await catalog.InCall(callId).Where(s => ids.Contains(s.Id)).Select(s => new { s.Id, s.Topics }).ToListAsync(cancellationToken))
            {
                topics[row.Id] = row.Topics;
            }
        }
        return [.. presenters.OrderBy(p => p.Number).Select(p => new AcceptedAbstract(
            p.SubmissionId, p.Number, p.Title, p.OutcomeLabel,
            p.OutcomeKey == "poster" || p.OutcomeLabel.Contains("poster", StringComparison.OrdinalIgnoreCase),
            topics.GetValueOrDefault(p.SubmissionId) ?? [],
            new ProgramPerson(PersonRole.Presenter, p.PresenterName,
                authors.TryGetValue(p.SubmissionId, out var list) && list.Count > 0 ? list[0].Affiliation : null,
                p.PresenterEmail, p.PresenterUserId)))];
    }

    /// <summary>The item that presents <paramref name="accepted"/>: a poster in a poster session, else a talk of <paramref name="minutes"/>.</summary>
    public static DraftItem ItemFor(AcceptedAbstract accepted, DraftSession session, int? minutes) => new()
    {
        Kind = session.Kind == SessionKind.PosterSession ? ItemKind.Poster : ItemKind.Talk,
        Title = accepted.Title,
        Minutes = session.Kind == SessionKind.PosterSession ? null : minutes ?? 20,
        BoardNumber = session.Kind == SessionKind.PosterSession ? session.Items.Max(i => i.BoardNumber) + 1 ?? 1 : null,
        SubmissionId = accepted.SubmissionId,
        SubmissionNumber = accepted.Number,
        Topics = [.. accepted.Topics],
        People = [accepted.Presenter],
    };
}
