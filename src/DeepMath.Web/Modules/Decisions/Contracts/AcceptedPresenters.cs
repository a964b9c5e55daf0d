using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Decisions.Data;
using DeepMath.Web.Modules.Decisions.Outcomes;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Submissions.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Decisions.Contracts;

/// <param name="PresenterUserId">The account with the presenting author's e-mail, or null when they have none yet.</param>
/// <param name="DecisionSent">Whether the authors have been told; registration should wait for it.</param>
public sealed record AcceptedPresenter(Guid CallId, Guid SubmissionId, int Number, string Title, string OutcomeKey, string OutcomeLabel,
    string? PresenterUserId, string PresenterEmail, string PresenterName, bool DecisionSent);

/// <summary>
/// The Decisions module's public face for registration and the programme: the accepted submissions (by an
/// outcome that accepts) with their presenting author. The outcome is the current decision; check
/// <see cref="AcceptedPresenter.DecisionSent"/> before acting on it towards authors.
/// </summary>
public sealed class AcceptedPresenters(IDecisionsData db, SubmissionCatalog catalog, OutcomeCatalog outcomes, AccountDirectory accounts, EventCalls calls)
{
    public async Task<IReadOnlyList<AcceptedPresenter>> ForEventAsync(Guid eventId, CancellationToken cancellationToken = default)
    {
        var result = new List<AcceptedPresenter>();
        foreach (var callId in await calls.IdsAsync(eventId, cancellationToken))
        {
            result.AddRange(await ForCallAsync(callId, cancellationToken));
        }
        return result;
    }

    public async Task<IReadOnlyList<AcceptedPresenter>> ForCallAsync(Guid callId, CancellationToken cancellationToken = default)
    {
        var known = await outcomes.ForCallAsync(callId, cancellationToken);
        var accepting = known.Where(o => o.Accepts).Select(o => o.Key).ToList();
        var decisions = await db.Decisions.AsNoTracking()
            .Where(d => d.CallId == callId && accepting.Contains(d.OutcomeKey))
            .Select(d => new { d.SubmissionId, d.OutcomeKey, Sent = d.SentAt != null && d.SentRevision == d.Revision })
            .ToListAsync(cancellationToken);
        var details = await catalog.DetailsAsync(callId, [.. decisions.Select(d => d.SubmissionId)], cancellationToken);
        var accepted = details.Where(s => s.State == SubmissionState.Submitted && s.Authors.Count > 0).ToList();
        var people = await accounts.ByEmailsAsync(accepted.Select(s => s.Authors[0].Email), cancellationToken);
        var byId = decisions.ToDictionary(d => d.SubmissionId);
        return [.. accepted.Select(s =>
        {
            var d = byId[s.Id];
            var presenter = s.Authors[0];
            return new AcceptedPresenter(callId, s.Id, s.Number, s.Title, d.OutcomeKey, OutcomeCatalog.LabelOf(known, d.OutcomeKey),
                people.TryGetValue(presenter.Email.Trim().ToLowerInvariant(), out var account) ? account.UserId : null,
                presenter.Email, presenter.Name, d.Sent);
        })];
    }
}
