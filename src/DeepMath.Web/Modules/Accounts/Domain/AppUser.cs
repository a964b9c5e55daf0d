using Microsoft.AspNetCore.Identity;

namespace DeepMath.Web.Modules.Accounts.Domain;

/// <summary>An account. Every account can author and attend; other roles come from memberships.</summary>
public sealed class AppUser : IdentityUser
{
    public const int DisplayNameMaxLength = 100;

    public string DisplayName { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }
}
