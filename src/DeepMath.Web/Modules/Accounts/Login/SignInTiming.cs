using System.Diagnostics;
using DeepMath.Web.Modules.Accounts.Domain;
using DeepMath.Web.Modules.Accounts.Throttling;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace DeepMath.Web.Modules.Accounts.Login;

/// <summary>
/// Keeps the time of an answer from telling which addresses have accounts. A refused sign-in costs one password hash
/// whether or not the address exists (an unknown address or a locked account would otherwise answer at once), and
/// every answer that must not tell them apart waits until a floor after it began: what is left differs by address
/// (a wrong password for an account writes its failed-attempt count, a reset mail is queued only for an account),
/// and on a busy server a database write is tens of milliseconds. Waiting holds no thread and no connection.
/// </summary>
public sealed class SignInTiming(IPasswordHasher<AppUser> hasher, IOptions<ThrottleOptions> options)
{
    private static readonly AppUser _nobody = new() { UserName = "nobody", DisplayName = "nobody" };
    private static string? _dummyHash;

    public static long Start() => Stopwatch.GetTimestamp();

    public void HashAsIfChecking(string password)
    {
        _dummyHash ??= hasher.HashPassword(_nobody, Guid.NewGuid().ToString("N"));
        hasher.VerifyHashedPassword(_nobody, _dummyHash, password);
    }

    /// <summary>Returns no sooner than the floor (Throttle:AnswerFloorMilliseconds) after <paramref name="started"/>.</summary>
    public async Task AnswerNoSoonerAsync(long started, CancellationToken cancellationToken)
    {
        // A timer may fire a millisecond or so early: wait again for what is left, rounded up.
        TimeSpan left;
        while ((left = options.Value.AnswerFloor - Stopwatch.GetElapsedTime(started)) > TimeSpan.Zero)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Ceiling(left.TotalMilliseconds)), cancellationToken);
        }
    }
}
