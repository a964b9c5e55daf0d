using System.Globalization;
using DeepMath.Web.Infrastructure.Email;
using DeepMath.Web.Infrastructure.Jobs;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Registration.Contracts;
using DeepMath.Web.Modules.Registration.Data;
using DeepMath.Web.Modules.Registration.Emails;
using DeepMath.Web.Modules.Registration.Presenters;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Registration.Jobs;

/// <summary>
/// Every minute: reminds presenting authors of accepted abstracts (decision sent) who have not registered,
/// 14 and 3 days before the registration deadline (see <see cref="PresenterReminderPlan"/>). Each reminder
/// for each abstract is a step of its own (StepRunner), so it goes out once however often the job runs.
/// </summary>
[AutomaticRetry(Attempts = 3)]
[OneRunAtATime]
public sealed class RemindPresentersJob(IRegistrationData db, EventCalendar events, PresenterStatusQuery presenters, StepRunner steps,
    IOutbox outbox, LinkBuilder links, TimeProvider clock)
{
    public const string RecurringId = "presenter-registration-reminders";

    /// <returns>The keys of the reminders this run sent.</returns>
    public async Task<IReadOnlyList<string>> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var eventIds = await db.RegistrationSettings.AsNoTracking().Select(s => s.EventId).ToListAsync(cancellationToken);
        var done = new List<string>();
        foreach (var eventId in eventIds)
        {
            if (await events.FindAsync(eventId, cancellationToken) is not { RegistrationOpensOn: { } opensOn, RegistrationClosesOn: { } closesOn } ev
                || PresenterReminderPlan.DueAt(opensOn, closesOn, ev.Zone, now) is not { } days)
            {
                continue;
            }
            var unregistered = (await presenters.ForEventAsync(eventId, cancellationToken))
                .Where(p => p.Accepted.DecisionSent && p.Registration is null)
                .ToList();
            done.AddRange(await steps.RunEachOnceAsync(unregistered,
                presenter => PresenterReminderPlan.Key(eventId, closesOn, presenter.Accepted.SubmissionId, days),
                async (presenter, key, ct) =>
                {
                    var message = PresenterReminderEmail.Create(presenter.Accepted.PresenterEmail, presenter.Accepted.PresenterName, ev.Title,
                        presenter.Accepted.Title, days, closesOn.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
                        links.RegisterFor(ev.Slug));
                    await outbox.QueueAsync(message, key, ct, eventId);
                    return $"{days}-day reminder to the presenter of #{presenter.Accepted.Number}";
                }, cancellationToken));
        }
        return done;
    }
}
