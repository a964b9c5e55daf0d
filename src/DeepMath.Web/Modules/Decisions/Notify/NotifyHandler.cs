using DeepMath.Web.Infrastructure.Email;
using DeepMath.Web.Infrastructure.Jobs;
using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Decisions.Data;
using DeepMath.Web.Modules.Decisions.Domain;
using DeepMath.Web.Modules.Decisions.Emails;
using DeepMath.Web.Modules.Decisions.Jobs;
using DeepMath.Web.Modules.Events.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Decisions.Notify;

/// <summary>What organizers do about sending: now, on the notification date, not on it, or one message again.</summary>
public sealed class NotifyHandler(IDecisionsData db, IOutbox outbox, NotificationComposer composer, TimeProvider clock, IJobScheduler jobs,
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

    /// <returns>What to tell the organizer.</returns>
    public async Task<Result<string>> ScheduleAsync(CallInfo call, bool onDate, string userId, CancellationToken cancellationToken)
    {
        if (onDate && call.NotificationOn is null)
        {
            return Result<string>.Invalid("The call has no notification date. Set it on the call's page first, then schedule the sending.");
        }
        var settings = await SettingsAsync(call.CallId, cancellationToken);
        settings.SendOnNotificationDate = onDate;
        settings.ScheduledBy = userId;
        settings.ScheduledAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return onDate
            ? $"The notifications will be sent as {call.NotificationOn:yyyy-MM-dd} begins ({call.Window.Zone.Id}). Moving the notification date moves the sending."
            : "Scheduled sending is cancelled; nothing goes out until you send or schedule again.";
    }

    /// <returns>What to tell the organizer.</returns>
    public async Task<Result<string>> ResendAsync(Guid callId, Guid noticeId, CancellationToken cancellationToken)
    {
        var notice = await db.DecisionNotices.SingleOrDefaultAsync(n => n.Id == noticeId && n.CallId == callId, cancellationToken);
        if (notice is null)
        {
            return Result<string>.Invalid("That notification does not exist any more; reload the page.");
        }
        var decision = await db.Decisions.AsNoTracking().SingleOrDefaultAsync(d => d.SubmissionId == notice.SubmissionId, cancellationToken);
        if (decision?.SentRevision != notice.Revision)
        {
            return Result<string>.Invalid("The decision has changed since this message; send the notifications to tell the authors the new decision.");
        }
        if (await composer.ContextAsync(callId, cancellationToken) is not { } context)
        {
            return Result<string>.Invalid("The call does not exist any more.");
        }
        var composed = await composer.ComposeAsync(context, [(notice.SubmissionId, notice.OutcomeKey)], cancellationToken, (notice.Email, notice.Name));
        if (composed.Count == 0)
        {
            return Result<string>.Invalid("The submission is no longer available.");
        }
        await outbox.QueueAsync(composed[0].Message, notice.Resend(), cancellationToken, context.Call.EventId);
        await db.SaveChangesAsync(cancellationToken);
        return "The notification is queued again for that recipient.";
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
