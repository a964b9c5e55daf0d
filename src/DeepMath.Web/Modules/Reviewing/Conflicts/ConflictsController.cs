using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Reviewing.Authorization;
using DeepMath.Web.Modules.Reviewing.Data;
using DeepMath.Web.Modules.Reviewing.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Reviewing.Conflicts;

/// <summary>Organizers see every conflict of a call with its reason, and confirm or dismiss automatic ones in bulk.</summary>
[Authorize]
[Route("calls/{callId:guid}/conflicts")]
public sealed class ConflictsController(IReviewingData db, ReviewingAccess access, CallConflicts conflicts, AccountDirectory accounts, RuleOnConflictsHandler rule)
    : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid callId, CancellationToken cancellationToken)
    {
        if (await access.ManagedCallAsync(User, callId, cancellationToken) is not { } call)
        {
            return NotFound();
        }
        var reviewers = await db.Reviewers.AsNoTracking().Where(r => r.CallId == callId).ToListAsync(cancellationToken);
        var findings = await conflicts.FindAsync(callId, reviewers, cancellationToken);
        var contacts = (await accounts.ContactsAsync(reviewers.Select(r => r.UserId), cancellationToken)).ToDictionary(c => c.UserId);
        var people = reviewers.ToDictionary(r => r.Id, r => contacts.GetValueOrDefault(r.UserId));
        var papers = findings.Submissions.ToDictionary(s => s.Id);
        var rows = findings.Conflicts
            .Select(c => new ConflictRow(ConflictKey.Format(c), c.IsAutomatic, people[c.ReviewerId]?.DisplayName ?? "(account removed)",
                people[c.ReviewerId]?.Email ?? string.Empty, papers[c.SubmissionId].Number, papers[c.SubmissionId].Title,
                ConflictKinds.Label(c.Kind), c.Reason, c.Verdict, c.Holds))
            .OrderBy(r => r.Number).ThenBy(r => r.ReviewerName, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
        return View("Conflicts", new ConflictsPage(call, reviewers.Count, findings.Submissions.Count, rows));
    }

    [HttpPost("")]
    public async Task<IActionResult> Rule(Guid callId, string[]? selected, string? verdict, CancellationToken cancellationToken)
    {
        if (await access.ManagedCallAsync(User, callId, cancellationToken) is null)
        {
            return NotFound();
        }
        ConflictVerdict? chosen = verdict switch { "dismiss" => ConflictVerdict.Dismissed, "confirm" => ConflictVerdict.Confirmed, _ => null };
        if (chosen is null)
        {
            TempData["Error"] = "Nothing was changed: tick the conflicts, then press Confirm or Dismiss.";
            return Redirect($"/calls/{callId}/conflicts");
        }
        var (count, error) = await rule.HandleAsync(callId, selected ?? [], chosen.Value, User.UserId()!, cancellationToken);
        TempData[error is null ? "Status" : "Error"] = error
            ?? $"{count} conflict(s) {(chosen == ConflictVerdict.Dismissed ? "dismissed" : "confirmed")}.";
        return Redirect($"/calls/{callId}/conflicts");
    }
}

public sealed record ConflictRow(string Key, bool IsAutomatic, string ReviewerName, string ReviewerEmail, int Number, string Title,
    string Kind, string Reason, ConflictVerdict? Verdict, bool Holds);

public sealed record ConflictsPage(CallInfo Call, int ReviewerCount, int SubmissionCount, IReadOnlyList<ConflictRow> Rows);
