using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Reviewing.Authorization;
using DeepMath.Web.Modules.Reviewing.Data;
using DeepMath.Web.Modules.Reviewing.Domain;
using DeepMath.Web.Modules.Submissions.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Reviewing.LateConflicts;

/// <summary>A conflict the authors declared after the submission deadline, waiting for the organizers.</summary>
public sealed record AuthorRequestRow(Guid SubmissionId, int Number, string Title, Guid ReviewerId, string ReviewerName, DateTimeOffset DeclaredAt, bool Assigned, bool Reviewed);

/// <summary>A reviewer's change to the conflict fields after the call closed, with the abstracts it would newly keep them from.</summary>
public sealed record ProfileChangeRow(Guid ChangeId, string ReviewerName, DateTimeOffset RequestedAt, IReadOnlyList<(string Field, string Before, string After)> Fields,
    IReadOnlyList<string> NewConflicts);

/// <summary>What organizers decide on the late-conflicts page: the authors' requests and the reviewers' profile changes.</summary>
public sealed record LateConflictLists(IReadOnlyList<AuthorRequestRow> Authors, IReadOnlyList<ProfileChangeRow> Profiles);

/// <summary>What organizers decide on: late author declarations and reviewers' profile changes after the call closed.</summary>
public sealed class LateConflictsQuery(IReviewingData db, CallConflicts conflicts, SubmissionCatalog submissions, AccountDirectory accounts)
{
    public async Task<LateConflictLists> ListAsync(Guid callId, CancellationToken cancellationToken)
    {
        var reviewers = await db.Reviewers.AsNoTracking().Where(r => r.CallId == callId).ToListAsync(cancellationToken);
        var ids = reviewers.Select(r => r.Id).ToList();
        var names = (await accounts.ContactsAsync(reviewers.Select(r => r.UserId), cancellationToken)).ToDictionary(c => c.UserId, c => c.DisplayName);
        string Name(Guid reviewerId) => reviewers.FirstOrDefault(r => r.Id == reviewerId) is { } r ? names.GetValueOrDefault(r.UserId, "(account removed)") : "(removed)";

        var requests = await db.AuthorConflicts.AsNoTracking().Where(c => ids.Contains(c.ReviewerId) && c.State == AuthorConflictState.Requested)
            .OrderBy(c => c.DeclaredAt).ToListAsync(cancellationToken);
        var papers = await submissions.InCall(callId).Select(s => new { s.Id, s.Number, s.Title }).ToDictionaryAsync(s => s.Id, cancellationToken);
        var assigned = await db.Assignments.AsNoTracking().Where(a => a.CallId == callId).Select(a => new { a.ReviewerId, a.SubmissionId }).ToListAsync(cancellationToken);
        var reviewed = await db.Reviews.AsNoTracking().Where(r => r.CallId == callId).Select(r => new { r.ReviewerId, r.SubmissionId }).ToListAsync(cancellationToken);
        var authorRows = requests.Where(c => papers.ContainsKey(c.SubmissionId)).Select(c => new AuthorRequestRow(
            c.SubmissionId, papers[c.SubmissionId].Number, papers[c.SubmissionId].Title, c.ReviewerId, Name(c.ReviewerId), c.DeclaredAt,
            assigned.Contains(new { c.ReviewerId, c.SubmissionId }), reviewed.Contains(new { c.ReviewerId, c.SubmissionId }))).ToList();

        var changes = await db.ProfileChanges.AsNoTracking().Where(c => c.CallId == callId && c.State == ProfileChangeState.Open)
            .OrderBy(c => c.RequestedAt).ToListAsync(cancellationToken);
        var profileRows = new List<ProfileChangeRow>();
        foreach (var change in changes)
        {
            if (reviewers.FirstOrDefault(r => r.Id == change.ReviewerId) is not { } reviewer)
            {
                continue;
            }
            profileRows.Add(new ProfileChangeRow(change.Id, Name(reviewer.Id), change.RequestedAt,
                [
                    ("Affiliations", Joined(reviewer.Affiliations), Joined(change.Affiliations)),
                    ("E-mail domains", Joined(reviewer.EmailDomains), Joined(change.EmailDomains)),
                    ("People", Joined(reviewer.DeclaredPeople), Joined(change.DeclaredPeople)),
                    ("Institutions", Joined(reviewer.DeclaredInstitutions), Joined(change.DeclaredInstitutions)),
                ],
                await NewConflictsAsync(reviewer, change, cancellationToken)));
        }
        return new LateConflictLists(authorRows, profileRows);
    }

    /// <summary>The abstracts the changed profile would keep the reviewer from that the current one does not.</summary>
    private async Task<IReadOnlyList<string>> NewConflictsAsync(Reviewer reviewer, ProfileChange change, CancellationToken cancellationToken)
    {
        var now = await conflicts.FindAsync(reviewer.CallId, [reviewer], cancellationToken);
        var changed = new Reviewer
        {
            Id = reviewer.Id, CallId = reviewer.CallId, UserId = reviewer.UserId, Affiliations = change.Affiliations, EmailDomains = change.EmailDomains,
            DeclaredPeople = change.DeclaredPeople, DeclaredInstitutions = change.DeclaredInstitutions,
        };
        var then = await conflicts.FindAsync(reviewer.CallId, [changed], cancellationToken);
        var open = now.OpenTo(reviewer.Id).Select(s => s.Id).ToHashSet();
        var stillOpen = then.OpenTo(reviewer.Id).Select(s => s.Id).ToHashSet();
        return [.. now.Submissions.Where(s => open.Contains(s.Id) && !stillOpen.Contains(s.Id)).Select(s => $"{s.Number}. {s.Title}")];
    }

    private static string Joined(IReadOnlyList<string> items) => items.Count == 0 ? "—" : string.Join("; ", items);
}
