using System.Threading.RateLimiting;
using DeepMath.Web.Infrastructure.Web;
using Microsoft.Extensions.Options;

namespace DeepMath.Web.Modules.Accounts.Throttling;

/// <summary>
/// Per-account limits, keyed by the e-mail address as typed (trimmed, lower case): an attacker who
/// spreads guesses over many client addresses still meets the account's limit, and an address that
/// has no account is limited exactly like one that has, so the limit tells nothing. Kept in memory:
/// each app instance counts its own attempts (see the README).
/// </summary>
public sealed class AccountThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _signIn;
    private readonly PartitionedRateLimiter<string> _reset;

    public AccountThrottle(IOptions<ThrottleOptions> options)
    {
        var o = options.Value;
        _signIn = Create(o.SignInPerAccount, o.Window);
        _reset = Create(o.ResetsPerAccount, o.Window);
    }

    /// <summary>True if the attempt may go ahead; otherwise the response is made a 429 with the wait.</summary>
    public bool TrySignIn(HttpContext context, string email) => TryAcquire(_signIn, context, email);

    public bool TryReset(HttpContext context, string email) => TryAcquire(_reset, context, email);

    public void Dispose()
    {
        _signIn.Dispose();
        _reset.Dispose();
    }

    private static bool TryAcquire(PartitionedRateLimiter<string> limiter, HttpContext context, string email)
    {
        using var lease = limiter.AttemptAcquire(email.Trim().ToLowerInvariant());
        if (lease.IsAcquired)
        {
            return true;
        }
        TooManyAttempts.Refuse(context, lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1));
        return false;
    }

    private static PartitionedRateLimiter<string> Create(int permits, TimeSpan window) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits, Window = window, QueueLimit = 0, AutoReplenishment = true,
        }));
}
