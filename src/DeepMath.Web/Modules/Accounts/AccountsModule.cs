using DeepMath.Web.Infrastructure.Configuration;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Accounts.Authorization;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Accounts.Domain;
using DeepMath.Web.Modules.Accounts.Sessions;
using DeepMath.Web.Modules.Accounts.Throttling;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DeepMath.Web.Modules.Accounts;

public static class AccountsModule
{
    public static IHostApplicationBuilder AddAccountsModule(this IHostApplicationBuilder builder)
    {
        builder.Services.AddIdentity<AppUser, IdentityRole>(options =>
            {
                // Unconfirmed accounts may sign in and look around; submitting needs a confirmed address.
                options.SignIn.RequireConfirmedEmail = false;
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 10;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddDatabaseStores()
            .AddClaimsPrincipalFactory<AccountClaimsFactory>()
            .AddDefaultTokenProviders();
        // Argon2id instead of Identity's PBKDF2 (see Argon2idPasswordHasher); one for the process, it holds no account.
        builder.Services.Replace(ServiceDescriptor.Singleton<IPasswordHasher<AppUser>, Passwords.Argon2idPasswordHasher>());
        builder.Services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/account/login";
            cookie.LogoutPath = "/account/logout";
            cookie.AccessDeniedPath = "/account/denied";
            cookie.Cookie.Name = "deepmath.auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.SlidingExpiration = true;
            // Checked on every request, so that signing out or a new password ends every other session at once.
            cookie.Events.OnValidatePrincipal = SessionStampCheck.ValidatePrincipalAsync;
        });
        // Sessions live and expire by real time: the demo's movable clock (see AdjustableClock) moves the
        // conference's dates, and must not sign everybody out, or keep an expired session alive, when it jumps.
        builder.Services.PostConfigureAll<CookieAuthenticationOptions>(cookie => cookie.TimeProvider = TimeProvider.System);
        builder.Services.PostConfigureAll<SecurityStampValidatorOptions>(validator => validator.TimeProvider = TimeProvider.System);
        // The session check's cache, emptied of an account whenever any instance commits a change of its stamp.
        builder.Services.AddSingleton<SessionStamps>();
        builder.Services.AddSingleton<SessionChangeFeed>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<SessionChangeFeed>());
        builder.Services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, SessionChangeInterceptor>();
        builder.AddBoundOptions<AccountSecurityOptions>(AccountSecurityOptions.Section);
        builder.AddValidatedOptions<CreateAdmin.AdminOptions, CreateAdmin.AdminOptionsValidator>(CreateAdmin.AdminOptions.Section);
        // One rule for every power of the role: without a second factor, the role is not in the session at all.
        builder.Services.AddSingleton<IClaimsTransformation, AdminTwoFactorClaimsTransformation>();
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Policies.SiteAdmin, p => p.RequireAuthenticatedUser().RequireRole(Roles.SiteAdmin))
            .AddPolicy(Policies.ConfirmedAccount, p => p.RequireAuthenticatedUser().RequireClaim(AccountClaimsFactory.EmailConfirmedClaim, "true"));
        builder.AddAccountThrottling();
        builder.Services.AddScoped<CreateAdmin.CreateAdminHandler>();
        builder.Services.AddScoped<Contracts.AccountDirectory>();
        builder.Services.AddScoped<ConfirmEmail.ConfirmationMailer>();
        builder.Services.AddScoped<ConfirmEmail.ConfirmEmailHandler>();
        builder.Services.AddScoped<CreateAccount.CreateAccountHandler>();
        builder.Services.AddSingleton<CreateAccount.PasswordHashQueue>();
        builder.Services.AddSingleton<Login.SignInTiming>();
        builder.Services.AddSingleton<AnswerFloor>();
        builder.Services.AddScoped<ForgotPassword.SendResetLinkHandler>();
        builder.Services.AddScoped<Manage.RequestEmailChangeHandler>();
        return builder;
    }

    /// <summary>
    /// The first admin may come from configuration (Admin__Email, with Admin__Password from the
    /// environment or a secret store), as an alternative to `deepmath create-admin EMAIL`.
    /// </summary>
    public static async Task EnsureConfiguredAdminAsync(IServiceProvider services)
    {
        var admin = services.GetRequiredService<IOptions<CreateAdmin.AdminOptions>>().Value;
        var email = admin.Email;
        if (string.IsNullOrWhiteSpace(email))
        {
            return;
        }
        await using var scope = services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<CreateAdmin.CreateAdminHandler>()
            .HandleAsync(email, admin.Password);
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AccountsModule));
        if (!outcome.Succeeded)
        {
            logger.LogError("Admin:Email {Email} could not be made a site admin: {Errors}", email, string.Join(" ", outcome.Messages));
        }
        else if (outcome.Value.GeneratedPassword is not null)
        {
            Console.WriteLine($"Created site admin {email} with the one-time password {outcome.Value.GeneratedPassword}; change it after signing in.");
        }
    }
}
