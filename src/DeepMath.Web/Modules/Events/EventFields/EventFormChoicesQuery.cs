using System.Security.Claims;
using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Events.Data;
using DeepMath.Web.Modules.Events.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Events.EventFields;

/// <summary>
/// Loads the form's lists, and checks the posted references against them: the parent must be a conference, the
/// series one the user may add talks to, the speaker an existing profile; a new speaker's name makes a profile.
/// </summary>
public sealed class EventFormChoicesQuery(IEventsData db, TimeProvider clock)
{
    public async Task<EventFormChoices> LoadAsync(ClaimsPrincipal user, Guid? exceptEventId, CancellationToken cancellationToken)
    {
        var conferences = await db.Events.AsNoTracking()
            .Where(e => e.Kind == EventKind.Conference && e.Id != exceptEventId)
            .OrderByDescending(e => e.StartsOn).Select(e => new Choice(e.Id, e.Title)).ToListAsync(cancellationToken);
        var userId = user.UserId();
        var admin = user.IsSiteAdmin();
        var series = await db.Series.AsNoTracking()
            .Where(s => admin || db.SeriesOrganizers.Any(o => o.SeriesId == s.Id && o.UserId == userId))
            .OrderBy(s => s.Name).Select(s => new Choice(s.Id, s.Name)).ToListAsync(cancellationToken);
        var speakers = await db.Speakers.AsNoTracking().OrderBy(s => s.Name)
            .Select(s => new Choice(s.Id, s.Affiliation == null ? s.Name : s.Name + " (" + s.Affiliation + ")")).ToListAsync(cancellationToken);
        return new EventFormChoices(conferences, series, speakers);
    }

    /// <summary>Checks the references the form names; adds a new speaker profile (unsaved) when one is typed.</summary>
    /// <param name="currentSeriesId">The series the event is already in: keeping it needs no right to add talks to it.</param>
    public async Task<ErrorList> ResolveAsync(EventForm form, EventFormChoices allowed, Guid? currentSeriesId, CancellationToken cancellationToken)
    {
        var errors = new ErrorList();
        if (form.Kind == EventKind.Workshop && form.ParentEventId is { } parent && allowed.Conferences.All(c => c.Id != parent))
        {
            errors.Add(nameof(form.ParentEventId), "That conference does not exist any more: choose another one, or none.");
        }
        if (form.Kind != EventKind.Colloquium)
        {
            return errors;
        }
        if (form.SeriesId is { } seriesId && seriesId != currentSeriesId && allowed.Series.All(s => s.Id != seriesId))
        {
            errors.Add(nameof(form.SeriesId), "You may not add talks to that series: choose one you organize, or none.");
        }
        if (!string.IsNullOrWhiteSpace(form.NewSpeakerName))
        {
            var speaker = new Speaker
            {
                Name = form.NewSpeakerName.Trim(),
                Affiliation = string.IsNullOrWhiteSpace(form.NewSpeakerAffiliation) ? null : form.NewSpeakerAffiliation.Trim(),
                CreatedAt = clock.GetUtcNow(), UpdatedAt = clock.GetUtcNow(),
            };
            if (!errors.Any)
            {
                db.Speakers.Add(speaker);
                form.SpeakerId = speaker.Id;
            }
        }
        else if (form.SpeakerId is { } speakerId && !await db.Speakers.AnyAsync(s => s.Id == speakerId, cancellationToken))
        {
            errors.Add(nameof(form.SpeakerId), "That speaker's profile does not exist any more: choose another one, or type a new name.");
        }
        return errors;
    }
}
