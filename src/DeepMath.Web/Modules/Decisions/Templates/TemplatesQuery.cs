using DeepMath.Web.Modules.Decisions.Data;
using DeepMath.Web.Modules.Decisions.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Decisions.Templates;

/// <summary>The template an organizer saved for an outcome of a call, if any (else the default applies).</summary>
public sealed class TemplatesQuery(IDecisionsData db)
{
    public Task<NotificationTemplate?> SavedAsync(Guid callId, string outcomeKey, CancellationToken cancellationToken) =>
        db.NotificationTemplates.AsNoTracking().SingleOrDefaultAsync(t => t.CallId == callId && t.OutcomeKey == outcomeKey, cancellationToken);
}
