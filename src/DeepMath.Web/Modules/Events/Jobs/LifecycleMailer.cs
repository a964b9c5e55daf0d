using System.Globalization;
using DeepMath.Web.Modules.Events.CallPage;
using DeepMath.Web.Modules.Events.Data;
using DeepMath.Web.Infrastructure.Email;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Events.Emails;
using DeepMath.Web.Modules.Events.EventPage;
using DeepMath.Web.Modules.Submissions.Contracts;
using DeepMath.Web.SharedKernel;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Events.Jobs;

/// <summary>Queues the e-mails of one lifecycle step; each recipient's message is keyed by the step and the person.</summary>
public sealed class LifecycleMailer(IEventsData db, IOutbox outbox, AccountDirectory accounts, SubmissionStats submissions, LinkBuilder links)
{
    public async Task<string?> QueueAsync(LifecycleTarget target, CancellationToken cancellationToken)
    {
        var (ev, call) = (target.Event, target.Call);
        var deadline = FormatDeadline(target.Window);
        var eventUrl = links.Action<EventPageController>(nameof(EventPageController.Index), new { slug = ev.Slug });
        switch (target.Step)
        {
            case LifecycleStep.CallOpened:
                var audience = await OrganizerIdsAsync(ev.Id, cancellationToken);
                audience.AddRange(await db.EventSubscribers.Where(s => s.EventId == ev.Id).Select(s => s.UserId).ToListAsync(cancellationToken));
                var callUrl = links.Action<CallPageController>(nameof(CallPageController.Index), new { slug = ev.Slug, callId = call.Id });
                await QueueEachAsync(target, audience, person => CallOpenedEmail.Create(person.Email, person.DisplayName, ev.Title, call.Title, deadline, callUrl),
                    cancellationToken);
                return $"{audience.Distinct().Count()} recipient(s)";
            case LifecycleStep.Reminder72Hours or LifecycleStep.Reminder24Hours:
                var hours = target.Step == LifecycleStep.Reminder72Hours ? 72 : 24;
                var drafts = await submissions.DraftOwnersAsync(call.Id, cancellationToken);
                await QueueEachAsync(target, drafts.Keys,
                    person => DeadlineReminderEmail.Create(person.Email, person.DisplayName, ev.Title, hours, drafts[person.UserId], deadline, links.MySubmissions()),
                    cancellationToken);
                return $"{drafts.Count} author(s) with drafts";
            case LifecycleStep.CallClosed:
                var counts = await submissions.CountAsync(call.Id, cancellationToken);
                await QueueEachAsync(target, await OrganizerIdsAsync(ev.Id, cancellationToken),
                    person => CallClosedEmail.Create(person.Email, person.DisplayName, ev.Title, call.Title, counts, eventUrl), cancellationToken);
                return $"{counts.Submitted} submitted, {counts.Drafts} drafts";
            default:
                return null;
        }
    }

    public static string FormatDeadline(CallWindow window)
    {
        var last = TimeZoneInfo.ConvertTime(window.LastAcceptedInstant, window.Zone);
        return $"{last.ToString("dddd d MMMM yyyy, HH:mm", CultureInfo.InvariantCulture)} ({TimeZones.DisplayName(window.Zone)})";
    }

    /// <summary>One message to each account, keyed by the step and the person, in one statement that skips the keys queued before.</summary>
    private async Task QueueEachAsync(LifecycleTarget target, IEnumerable<string> userIds, Func<AccountContact, EmailMessage> message,
        CancellationToken cancellationToken) =>
        await outbox.QueueBatchAsync(
            [.. (await accounts.ContactsAsync(userIds, cancellationToken)).Select(person => new OutboxItem(message(person), $"{target.Key}:{person.UserId}", target.Event.Id))],
            cancellationToken);

    private Task<List<string>> OrganizerIdsAsync(Guid eventId, CancellationToken cancellationToken) =>
        db.EventOrganizers.Where(o => o.EventId == eventId).Select(o => o.UserId).ToListAsync(cancellationToken);
}
