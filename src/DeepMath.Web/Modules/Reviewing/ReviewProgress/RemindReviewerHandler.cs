using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Reviewing.Authorization;
using DeepMath.Web.Modules.Reviewing.Data;
using DeepMath.Web.Modules.Reviewing.Emails;
using DeepMath.Web.Modules.Reviewing.Jobs;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Reviewing.ReviewProgress;

/// <summary>
/// An organizer reminds one reviewer of their unfinished reviews. The page's click id is part of the
/// outbox key, so a double click or a resent form queues one e-mail.
/// </summary>
public sealed class RemindReviewerHandler(IReviewingData db, ReviewCalendar calendar, ReviewReminderMailer mailer)
{
    /// <returns>What to tell the organizer.</returns>
    public async Task<Result<string>> HandleAsync(CallInfo call, Guid reviewerId, Guid click, CancellationToken cancellationToken)
    {
        if (click == Guid.Empty)
        {
            return Result<string>.Invalid("That reminder form is incomplete. Reload the page and press the button again.");
        }
        var unfinished = (await mailer.UnfinishedAsync(call.CallId, cancellationToken)).Where(u => u.ReviewerId == reviewerId).ToList();
        if (unfinished.Count == 0)
        {
            return Result<string>.Invalid("That reviewer has no unfinished reviews in this call: nothing to remind them of.");
        }
        var deadline = (await calendar.ForAsync(call, cancellationToken)).Deadline;
        var queued = await mailer.QueueAsync(call, deadline, ReviewReminderKind.FromOrganizers, unfinished,
            u => $"review-reminder:{call.CallId}:{u.ReviewerId}:manual:{click}", cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same click, posted twice at once: the other request queued it.
            queued = 0;
        }
        return queued > 0 ? "The reminder is on its way." : "That reminder was already sent.";
    }
}
