using DeepMath.Web.Modules.Decisions.Contracts;
using DeepMath.Web.Modules.Registration.Data;
using DeepMath.Web.Modules.Registration.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Registration.Presenters;

/// <summary>One accepted abstract and its presenting author's registration (null when they have none live).</summary>
public sealed record PresenterStatus(AcceptedPresenter Accepted, RegistrationState? Registration);

/// <summary>Accepted abstracts of an event with whether their presenting author has registered; for the organizers' page and the reminders.</summary>
public sealed class PresenterStatusQuery(AcceptedPresenters accepted, IRegistrationData db)
{
    public async Task<IReadOnlyList<PresenterStatus>> ForEventAsync(Guid eventId, CancellationToken cancellationToken)
    {
        var presenters = await accepted.ForEventAsync(eventId, cancellationToken);
        var userIds = presenters.Select(p => p.PresenterUserId).OfType<string>().Distinct().ToList();
        var states = await db.Registrations.AsNoTracking()
            .Where(r => r.EventId == eventId && userIds.Contains(r.UserId) && r.State != RegistrationState.Cancelled)
            .Select(r => new { r.UserId, r.State })
            .ToDictionaryAsync(r => r.UserId, r => r.State, cancellationToken);
        return [.. presenters.OrderBy(p => p.Number).Select(p =>
            new PresenterStatus(p, p.PresenterUserId is { } id && states.TryGetValue(id, out var state) ? state : null))];
    }
}
