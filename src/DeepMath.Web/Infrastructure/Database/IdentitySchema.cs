using DeepMath.Web.Modules.Accounts.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Infrastructure.Database;

/// <summary>Moves ASP.NET Core Identity's tables into the accounts schema.</summary>
internal static class IdentitySchema
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<AppUser>(user =>
        {
            user.ToTable("users", Schemas.Accounts);
            user.Property(u => u.DisplayName).HasMaxLength(AppUser.DisplayNameMaxLength);
        });
        builder.Entity<IdentityRole>().ToTable("roles", Schemas.Accounts);
        builder.Entity<IdentityUserRole<string>>().ToTable("user_roles", Schemas.Accounts);
        builder.Entity<IdentityUserClaim<string>>().ToTable("user_claims", Schemas.Accounts);
        builder.Entity<IdentityUserLogin<string>>().ToTable("user_logins", Schemas.Accounts);
        builder.Entity<IdentityUserToken<string>>().ToTable("user_tokens", Schemas.Accounts);
        builder.Entity<IdentityRoleClaim<string>>().ToTable("role_claims", Schemas.Accounts);
    }
}
