using System.Security.Claims;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Events.Authorization;
using DeepMath.Web.Modules.Events.Data;
using DeepMath.Web.Modules.Events.Domain;
using DeepMath.Web.Modules.Registration.Contracts;
using DeepMath.Web.SharedKernel;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Events.EventPage;

public sealed record CallLink(Guid Id, string Title, string State);

public sealed record EventPageModel(Event Event, IReadOnlyList<ImportantDate> Dates, IReadOnlyList<CallLink> Calls,
    bool CanManage, bool IsSubscribed, IReadOnlyList<string> Organizers, EventRelations? Relations = null, RegistrationOutlook? Registration = null)
{
    public EventRelations Related => Relations ?? EventRelations.None;
}

/// <summary>What a visitor learns about registration before signing in: when it opens and closes, where it stands, and the fees.</summary>
public sealed record RegistrationOutlook(WindowPhase Phase, string OpensText, string ClosesText, IReadOnlyList<TicketPrice> Prices);

/// <summary>An event's public page: its important dates, calls and organizers, and whether the visitor follows it.</summary>
public sealed class EventPageQuery(IEventsData db, AccountDirectory accounts, EventAccess access, TicketPrices prices, TimeProvider clock)
{
    public async Task<EventPageModel?> FindAsync(ClaimsPrincipal user, string slug, CancellationToken cancellationToken)
    {
        var ev = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Slug == slug, cancellationToken);
        if (ev is null)
        {
            return null;
        }
        var calls = await db.Calls.AsNoTracking().Where(c => c.EventId == ev.Id).OrderBy(c => c.OpensOn).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var userId = user.UserId();
        var subscribed = userId is not null && await db.EventSubscribers.AnyAsync(s => s.EventId == ev.Id && s.UserId == userId, cancellationToken);
        var organizerIds = await db.EventOrganizers.Where(o => o.EventId == ev.Id).Select(o => o.UserId).ToListAsync(cancellationToken);
        var organizers = (await accounts.ContactsAsync(organizerIds, cancellationToken))
            .Select(c => c.DisplayName).Order(StringComparer.InvariantCulture).ToList();
        var links = calls.Select(c =>
        {
            var w = c.Window(ev.TimeZone);
            return new CallLink(c.Id, c.Title, ImportantDates.WindowStart(w.OpensAt, w.ClosesAt, now));
        }).ToList();
        return new EventPageModel(ev, ImportantDates.For(ev, calls, now), links,
            await access.CanManageAsync(user, ev.Id, cancellationToken), subscribed, organizers,
            await EventRelations.LoadAsync(db, ev, cancellationToken), await OutlookAsync(ev, now, cancellationToken));
    }

    private async Task<RegistrationOutlook?> OutlookAsync(Event ev, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (ev.RegistrationOpensOn is not { } opens || ev.RegistrationClosesOn is not { } closes)
        {
            return null;
        }
        var window = CallWindow.For(opens, closes, ev.TimeZone);
        return new RegistrationOutlook(window.PhaseAt(now),
            EventTime.Long(window.OpensAt, ev.TimeZone), EventTime.Long(window.LastAcceptedInstant, ev.TimeZone),
            await prices.OfferedAsync(ev.Id, cancellationToken));
    }
}
