using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Infrastructure.Email;
using DeepMath.Web.Infrastructure.Jobs;
using DeepMath.Web.Modules.Decisions.Domain;
using DeepMath.Web.Modules.Decisions.Emails;
using DeepMath.Web.Modules.Decisions.Jobs;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Decisions.Notify;

/// <summary>What organizers do about sending: now, on the notification date, not on it, or one message again.</summary>
public sealed class NotifyHandler(DeepMathDbContext db, IOutbox outbox, NotificationComposer composer, TimeProvider clock, IJobScheduler jobs,
    ILogger<NotifyHandler> logger)
{
    public async Task RequestNowAsync(Guid callId, string userId, CancellationToken cancellationToken)
    {
        var settings = await SettingsAsync(callId, cancellationToken);
        settings.SendRequestedAt = clock.GetUtcNow();
        settings.SendRequestedBy = userId;
        await db.SaveChangesAsync(cancellationToken);
        // Best effort: the request is saved, and the minute's sweep sends it if Hangfire cannot be reached now.
        try
        {
            jobs.Enqueue<SendDecisionNotificationsJob>(job => job.RunForCallAsync(callId, CancellationToken.None));
        }
        catch (JobNotQueuedException ex)
        {
            logger.LogWarning(ex, "Could not enqueue the notifications of call {CallId}; the next sweep sends them.", callId);
        }
    }

    public async Task ScheduleAsync(Guid callId, bool onDate, string userId, CancellationToken cancellationToken)
    {
        var settings = await SettingsAsync(callId, cancellationToken);
        settings.SendOnNotificationDate = onDate;
        settings.ScheduledBy = userId;
        settings.ScheduledAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <returns>An error to show, or null when the message is queued again.</returns>
    public async Task<string?> ResendAsync(Guid callId, Guid noticeId, CancellationToken cancellationToken)
    {
        var notice = await db.DecisionNotices.SingleOrDefaultAsync(n => n.Id == noticeId && n.CallId == callId, cancellationToken);
        if (notice is null)
        {
            return "That notification does not exist any more; reload the page.";
        }
        var decision = await db.Decisions.AsNoTracking().SingleOrDefaultAsync(d => d.SubmissionId == notice.SubmissionId, cancellationToken);
        if (decision?.SentRevision != notice.Revision)
        {
            return "The decision has changed since this message; send the notifications to tell the authors the new decision.";
        }
        if (await composer.ContextAsync(callId, cancellationToken) is not { } context)
        {
            return "The call does not exist any more.";
        }
        var composed = await composer.ComposeAsync(context, [(notice.SubmissionId, notice.OutcomeKey)], cancellationToken, (notice.Email, notice.Name));
        if (composed.Count == 0)
        {
            return "The submission is no longer available.";
        }
        await outbox.QueueAsync(composed[0].Message, notice.Resend(), cancellationToken, context.Call.EventId);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    private async Task<DecisionSettings> SettingsAsync(Guid callId, CancellationToken cancellationToken)
    {
        var settings = await db.DecisionSettings.SingleOrDefaultAsync(s => s.CallId == callId, cancellationToken);
        if (settings is null)
        {
            settings = new DecisionSettings { CallId = callId };
            db.DecisionSettings.Add(settings);
        }
        return settings;
    }
}
