using DeepMath.Web.Modules.Accounts.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Infrastructure.Database;

/// <summary>
/// Moves ASP.NET Core Identity's tables into the accounts schema, and names its indexes like every other
/// (Identity names them EmailIndex, UserNameIndex and RoleNameIndex itself, which the naming convention keeps).
/// </summary>
internal static class IdentitySchema
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<AppUser>(user =>
        {
            user.ToTable("users", Schemas.Accounts);
            user.Property(u => u.DisplayName).HasMaxLength(AppUser.DisplayNameMaxLength);
            user.HasIndex(u => u.NormalizedEmail).HasDatabaseName("ix_users_normalized_email");
            user.HasIndex(u => u.NormalizedUserName).HasDatabaseName("ix_users_normalized_user_name");
        });
        builder.Entity<IdentityRole>(role =>
        {
            role.ToTable("roles", Schemas.Accounts);
            role.HasIndex(r => r.NormalizedName).HasDatabaseName("ix_roles_normalized_name");
        });
        builder.Entity<IdentityUserRole<string>>().ToTable("user_roles", Schemas.Accounts);
        builder.Entity<IdentityUserClaim<string>>().ToTable("user_claims", Schemas.Accounts);
        builder.Entity<IdentityUserLogin<string>>().ToTable("user_logins", Schemas.Accounts);
        builder.Entity<IdentityUserToken<string>>().ToTable("user_tokens", Schemas.Accounts);
        builder.Entity<IdentityRoleClaim<string>>().ToTable("role_claims", Schemas.Accounts);
    }
}
