using System.Security.Claims;
using DeepMath.Web.Modules.Accounts.Authorization;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Accounts.Contracts;

public static class UserExtensions
{
    public static string? UserId(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);

    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(AccountClaimsFactory.DisplayNameClaim) ?? user.Identity?.Name ?? string.Empty;

    public static bool IsSiteAdmin(this ClaimsPrincipal user) => user.IsInRole(Roles.SiteAdmin);

    /// <summary>
    /// Whether <paramref name="user"/> may manage something that keeps a list of who manages it (an event's organizers,
    /// a series', an organisation's managers): site admins manage everything, anyone else what lists them.
    /// <paramref name="managerIds"/> is that list's user ids as a query, so that the check is one EXISTS in SQL.
    /// </summary>
    public static async Task<bool> ManagesAsync(this ClaimsPrincipal user, IQueryable<string> managerIds, CancellationToken cancellationToken) =>
        user.IsSiteAdmin() || (user.UserId() is { } userId && await managerIds.AnyAsync(id => id == userId, cancellationToken));

    public static bool HasConfirmedEmail(this ClaimsPrincipal user) => user.HasClaim(AccountClaimsFactory.EmailConfirmedClaim, "true");
}
