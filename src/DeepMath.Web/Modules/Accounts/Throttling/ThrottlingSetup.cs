using System.Threading.RateLimiting;
using DeepMath.Web.Infrastructure.Configuration;
using DeepMath.Web.Infrastructure.Web;
using Microsoft.Extensions.Options;

namespace DeepMath.Web.Modules.Accounts.Throttling;

/// <summary>
/// Per-client-address limits on the account forms (ASP.NET Core rate limiting), applied to their
/// posts with [EnableRateLimiting]. The client address is the connection's, or the one a configured
/// known proxy forwarded (Proxy:KnownProxies); a refused attempt gets the "try again in N minutes" page.
/// </summary>
public static class ThrottlingSetup
{
    public const string SignIn = "accounts.sign-in";
    public const string Registration = "accounts.registration";
    public const string Reset = "accounts.reset";

    public static IHostApplicationBuilder AddAccountThrottling(this IHostApplicationBuilder builder)
    {
        builder.AddValidatedOptions<ThrottleOptions, ThrottleOptionsValidator>(ThrottleOptions.Section);
        builder.Services.AddSingleton<AccountThrottle>();
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(SignIn, context => PerAddress(context, SignIn, o => o.SignInPerAddress));
            limiter.AddPolicy(Registration, context => PerAddress(context, Registration, o => o.RegistrationsPerAddress));
            limiter.AddPolicy(Reset, context => PerAddress(context, Reset, o => o.ResetsPerAddress));
            limiter.OnRejected = (rejected, _) =>
            {
                TooManyAttempts.Refuse(rejected.HttpContext,
                    rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1));
                return ValueTask.CompletedTask;
            };
        });
        return builder;
    }

    private static RateLimitPartition<string> PerAddress(HttpContext context, string policy, Func<ThrottleOptions, int> permits)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<ThrottleOptions>>().Value;
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter($"{policy}:{address}", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits(options), Window = options.Window, QueueLimit = 0, AutoReplenishment = true,
        });
    }
}
