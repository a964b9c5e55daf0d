using DeepMath.Web.Modules.Accounts.Contracts;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Authorization;

namespace DeepMath.Web.Infrastructure.Jobs;

/// <summary>The Hangfire dashboard is for site admins only, under the same policy as every admin page.</summary>
internal sealed class HangfireDashboardAuthorization : IDashboardAsyncAuthorizationFilter
{
    public async Task<bool> AuthorizeAsync(DashboardContext context)
    {
        var http = context.GetHttpContext();
        var authorization = http.RequestServices.GetRequiredService<IAuthorizationService>();
        return (await authorization.AuthorizeAsync(http.User, Policies.SiteAdmin)).Succeeded;
    }
}
