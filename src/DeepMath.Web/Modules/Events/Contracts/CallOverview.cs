using DeepMath.AbstractFormat;
using DeepMath.Web.Modules.Events.Data;
using DeepMath.Web.Modules.Events.Domain;
using DeepMath.Web.SharedKernel;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Events.Contracts;

/// <summary>
/// What other modules may ask about a call: its names, the window in which it accepts submissions,
/// the format rules its uploads are checked against, and the day decisions are sent (in the zone of
/// <see cref="CallWindow.Zone"/>) and how many reviews each submission should get. An award call
/// (<see cref="CallInfo.IsAward"/>) takes applications only through the award's application form.
/// </summary>
public sealed record CallInfo(Guid CallId, Guid EventId, string EventTitle, string EventSlug, string CallTitle, CallWindow Window,
    IReadOnlyList<string> Topics, IReadOnlyList<string> Disciplines, FormatRules FormatRules, DateOnly? NotificationOn, int ReviewsPerSubmission,
    bool DoubleBlind, DateTimeOffset? FinalVersionClosesAt = null, DateOnly? FinalVersionOn = null, bool IsAward = false,
    TemplateChoice Template = TemplateChoice.DeepMath, string? TemplateFileName = null);

/// <summary>Everything other modules may know about a call (<see cref="CallInfo"/>): the Events module's public face for calls.</summary>
public sealed class CallOverview(IEventsData db)
{
    public async Task<CallInfo?> FindAsync(Guid callId, CancellationToken cancellationToken = default)
    {
        var row = await db.Calls.AsNoTracking()
            .Where(c => c.Id == callId)
            .Join(db.Events, c => c.EventId, e => e.Id, (c, e) => new { Call = c, Event = e })
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }
        // The file's name only, never its bytes; only a call with its own template has one.
        var templateFile = row.Call.Template == TemplateChoice.Own
            ? await db.CallTemplates.AsNoTracking().Where(t => t.CallId == callId).Select(t => t.FileName).SingleOrDefaultAsync(cancellationToken)
            : null;
        return new CallInfo(row.Call.Id, row.Event.Id, row.Event.Title, row.Event.Slug, row.Call.Title,
                row.Call.Window(row.Event.TimeZone), row.Call.Topics, row.Call.Disciplines, row.Call.EffectiveRules(), row.Call.NotificationOn, row.Call.ReviewsPerSubmission,
                row.Call.DoubleBlind, row.Call.FinalVersionClosesAt(row.Event.TimeZone), row.Call.FinalVersionOn,
                row.Event.Kind == EventKind.Award, row.Call.Template, templateFile);
    }
}
