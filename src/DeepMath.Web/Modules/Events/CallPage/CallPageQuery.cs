using System.Security.Claims;
using DeepMath.Web.Modules.Events.Authorization;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Events.Data;
using DeepMath.Web.Modules.Events.Domain;
using DeepMath.Web.Modules.Events.Jobs;
using DeepMath.Web.SharedKernel;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Events.CallPage;

/// <param name="Template">The call's template as authors download it.</param>
public sealed record CallPageModel(Event Event, Call Call, WindowPhase Phase, string? State, string OpensText, string DeadlineText, bool CanManage,
    CallTemplateLink Template);

/// <summary>A call's public page: its window's state and dates, seen at the clock's now.</summary>
public sealed class CallPageQuery(IEventsData db, EventAccess access, TimeProvider clock)
{
    public async Task<CallPageModel?> FindAsync(ClaimsPrincipal user, string slug, Guid callId, CancellationToken cancellationToken)
    {
        var row = await db.Calls.AsNoTracking().Where(c => c.Id == callId)
            .Join(db.Events.AsNoTracking().Where(e => e.Slug == slug), c => c.EventId, e => e.Id, (c, e) => new { Call = c, Event = e })
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }
        var templateFile = row.Call.Template == TemplateChoice.Own
            ? await db.CallTemplates.AsNoTracking().Where(t => t.CallId == callId).Select(t => t.FileName).SingleOrDefaultAsync(cancellationToken)
            : null;
        var now = clock.GetUtcNow();
        var window = row.Call.Window(row.Event.TimeZone);
        var opens = TimeZoneInfo.ConvertTime(window.OpensAt, window.Zone);
        return new CallPageModel(row.Event, row.Call, window.PhaseAt(now),
            ImportantDates.Remaining(window.OpensAt, window.ClosesAt, now),
            $"{opens:dddd d MMMM yyyy, HH:mm} ({TimeZones.DisplayName(window.Zone)})",
            LifecycleMailer.FormatDeadline(window),
            await access.CanManageAsync(user, row.Event.Id, cancellationToken),
            new CallTemplateLink(row.Event.Slug, row.Call.Id, row.Call.Template, templateFile, row.Call.EffectiveRules().TemplateKey));
    }
}
