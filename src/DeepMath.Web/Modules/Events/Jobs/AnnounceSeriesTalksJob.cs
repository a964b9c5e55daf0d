using DeepMath.Web.Infrastructure.Email;
using DeepMath.Web.Infrastructure.Jobs;
using DeepMath.Web.Modules.Events.Data;
using DeepMath.Web.Modules.Events.Domain;
using DeepMath.Web.Modules.Events.Emails;
using DeepMath.Web.Modules.Events.EventPage;
using DeepMath.Web.Modules.Events.SeriesSubscription;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Events.Jobs;

/// <summary>
/// Every minute: e-mails each confirmed subscriber of a series about each talk of the series that was added
/// after they confirmed and has not ended. One message per talk and subscriber, ever: its outbox key names
/// both, and the outbox's unique key refuses a second one, so two runs (or two servers) send nothing twice.
/// </summary>
[AutomaticRetry(Attempts = 3)]
[OneRunAtATime]
public sealed class AnnounceSeriesTalksJob(IEventsData db, IOutbox outbox, LinkBuilder links, TimeProvider clock)
{
    public const string RecurringId = "series-talks";

    public static string Key(Guid talkId, Guid subscriberId) => $"series-talk:{talkId:N}:{subscriberId:N}";

    /// <returns>How many messages this run queued.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        // A day of slack: the exact end is checked below in the talk's zone.
        var yesterday = DateOnly.FromDateTime(now.UtcDateTime).AddDays(-1);
        var pairs = await (from e in db.Events.AsNoTracking()
                           where e.SeriesId != null && e.EndsOn >= yesterday
                           join series in db.Series on e.SeriesId equals series.Id
                           join s in db.SeriesSubscribers on e.SeriesId equals s.SeriesId
                           where s.ConfirmedAt != null && s.UnsubscribedAt == null && s.ConfirmedAt <= e.CreatedAt
                           join sp in db.Speakers on e.SpeakerId equals sp.Id into speakers
                           from sp in speakers.DefaultIfEmpty()
                           select new { Talk = e, SeriesName = series.Name, SubscriberId = s.Id, s.Email, s.Token, Speaker = sp == null ? null : sp.Name, Affiliation = sp == null ? null : sp.Affiliation })
            .ToListAsync(cancellationToken);
        var due = pairs.Where(p => p.Talk.EndsAt > now).ToList();
        if (due.Count == 0)
        {
            return 0;
        }
        var keys = due.Select(p => Key(p.Talk.Id, p.SubscriberId)).ToList();
        var sent = (await outbox.Messages.Where(m => keys.Contains(m.IdempotencyKey)).Select(m => m.IdempotencyKey).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var items = due.Where(p => !sent.Contains(Key(p.Talk.Id, p.SubscriberId))).Select(p =>
        {
            var speaker = p.Speaker is null ? "" : string.IsNullOrWhiteSpace(p.Affiliation) ? p.Speaker : $"{p.Speaker} ({p.Affiliation})";
            var place = string.Join(", ", new[] { p.Talk.Room, p.Talk.HostInstitution ?? p.Talk.Venue }.Where(x => !string.IsNullOrWhiteSpace(x)));
            var mail = NewTalkEmail.Create(p.Email, p.SeriesName, p.Talk.Title, speaker, EventTimes.Text(p.Talk), place,
                links.Action<EventPageController>(nameof(EventPageController.Index), new { slug = p.Talk.Slug }), SeriesSubscriptionHandler.UnsubscribeUrl(links, p.Token));
            return new OutboxItem(mail, Key(p.Talk.Id, p.SubscriberId), p.Talk.Id);
        }).ToList();
        if (items.Count == 0)
        {
            return 0;
        }
        var queued = await outbox.QueueBatchAsync(items, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return queued.Count;
    }
}
