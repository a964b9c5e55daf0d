using System.Security.Claims;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Organisations.Authorization;
using DeepMath.Web.Modules.Organisations.Data;
using DeepMath.Web.Modules.Organisations.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Organisations.ApplicationFiles;

/// <summary>An application's page and files, for readers <see cref="ApplicationAccess"/> admits; null for anyone else.</summary>
public sealed class ApplicationQuery(ApplicationAccess access, IOrganisationsData db, CallOverview calls)
{
    public async Task<ApplicationPage?> PageAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken)
    {
        if (await access.ReadAsync(user, id, cancellationToken) is not { } grant)
        {
            return null;
        }
        var files = await db.ApplicationFiles.AsNoTracking().Where(f => f.ApplicationId == id).Select(f => f.Kind).ToListAsync(cancellationToken);
        var zone = (await calls.FindAsync(grant.Award.CallId, cancellationToken))?.Window.Zone ?? TimeZoneInfo.Utc;
        return new ApplicationPage(grant, files, zone);
    }

    /// <summary>The file, when the reader may have it: a supervisor's letter is confidential, so not for the applicant.</summary>
    public async Task<ApplicationFile?> FileAsync(ClaimsPrincipal user, Guid id, ApplicationFileKind kind, CancellationToken cancellationToken) =>
        await access.ReadAsync(user, id, cancellationToken) is not { } grant || (kind == ApplicationFileKind.SupervisorLetter && grant.IsApplicant && !grant.CanManage)
            ? null
            : await db.ApplicationFiles.AsNoTracking().SingleOrDefaultAsync(f => f.ApplicationId == id && f.Kind == kind, cancellationToken);
}
