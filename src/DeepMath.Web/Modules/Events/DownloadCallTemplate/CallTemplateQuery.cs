using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Events.Data;
using DeepMath.Web.Modules.Events.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Events.DownloadCallTemplate;

/// <summary>The template a call offers, and its own file when it has one.</summary>
public sealed record OfferedTemplate(TemplateChoice Choice, CallTemplateFile? File);

/// <summary>Which template a call offers, and its own file when it has one.</summary>
public sealed class CallTemplateQuery(IEventsData db)
{
    /// <returns>Null when the event has no such call.</returns>
    public async Task<OfferedTemplate?> FindAsync(string slug, Guid callId, CancellationToken cancellationToken)
    {
        var choice = await db.Calls.AsNoTracking().Where(c => c.Id == callId)
            .Join(db.Events.Where(e => e.Slug == slug), c => c.EventId, e => e.Id, (c, e) => (TemplateChoice?)c.Template)
            .SingleOrDefaultAsync(cancellationToken);
        if (choice is not { } found)
        {
            return null;
        }
        var file = found == TemplateChoice.Own
            ? await db.CallTemplates.AsNoTracking().SingleOrDefaultAsync(t => t.CallId == callId, cancellationToken)
            : null;
        return new OfferedTemplate(found, file);
    }
}
