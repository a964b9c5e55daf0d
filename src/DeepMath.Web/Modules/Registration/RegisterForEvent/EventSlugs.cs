using System.Collections.Concurrent;
using DeepMath.Web.Modules.Events.Contracts;

namespace DeepMath.Web.Modules.Registration.RegisterForEvent;

/// <summary>
/// The event id behind a slug, remembered for the life of the process: a slug never changes once its event
/// exists, so a burst of registrations reaches the desk without a pooled connection per request just to
/// find the event (the desk reads the event itself, once per batch). Unknown slugs are not remembered.
/// </summary>
public sealed class EventSlugs
{
    private readonly ConcurrentDictionary<string, Guid> _ids = new(StringComparer.Ordinal);

    public async Task<Guid?> IdAsync(string slug, EventCalendar events, CancellationToken cancellationToken)
    {
        if (_ids.TryGetValue(slug, out var known))
        {
            return known;
        }
        if (await events.FindBySlugAsync(slug, cancellationToken) is not { } ev)
        {
            return null;
        }
        _ids[slug] = ev.EventId;
        return ev.EventId;
    }

    /// <summary>Forgets a slug whose remembered event was not found (say, a database restored or reset under the running app).</summary>
    public void Forget(string slug) => _ids.TryRemove(slug, out _);
}
