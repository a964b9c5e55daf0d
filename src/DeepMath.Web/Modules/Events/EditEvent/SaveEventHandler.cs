using System.Security.Claims;
using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Events.Authorization;
using DeepMath.Web.Modules.Events.Data;

namespace DeepMath.Web.Modules.Events.EditEvent;

/// <summary>Saves an event's details, for those who may manage it.</summary>
public sealed class SaveEventHandler(IEventsData db, EventAccess access, EventFields.EventFormChoicesQuery references)
{
    public async Task<Result> HandleAsync(ClaimsPrincipal user, string slug, EventFields.EventForm form, CancellationToken cancellationToken)
    {
        var ev = await access.FindManagedAsync(user, slug, cancellationToken, track: true);
        if (ev is null)
        {
            return Result.NotFound();
        }
        var errors = await references.ResolveAsync(form, form.Choices, ev.SeriesId, cancellationToken);
        if (errors.Any)
        {
            return errors.ToResult();
        }
        form.ApplyTo(ev);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
