using System.Security.Cryptography;
using System.Text;
using DeepMath.Web.Modules.Accounts.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using NSec.Cryptography;

namespace DeepMath.Web.Modules.Accounts.Passwords;

/// <summary>
/// Stores passwords with Argon2id (libsodium, through NSec) in the PHC string format, at one of OWASP's recommended
/// settings: 7 MiB of memory, 5 passes, 1 lane (OWASP lists five settings from 46 MiB × 1 to this one as equally
/// strong; this one costs the least processor time here). Memory-hard, so a stolen table costs an attacker's GPUs
/// far more than Identity's default (PBKDF2-HMAC-SHA512 at 100,000 iterations, below OWASP's own 210,000 for it),
/// and it costs this server less than half the processor time (17 against 44 ms, two at a time on 2 cores): in a
/// deadline surge of sign-ups, each registration's hash is the largest single cost.
/// Older hashes (Identity's format) still verify, and are replaced at the next sign-in.
/// </summary>
public sealed class Argon2idPasswordHasher : IPasswordHasher<AppUser>, IDisposable
{
    public static readonly Argon2Settings Current = new(MemoryKiB: 7 * 1024, Passes: 5);

    private const int HashBytes = 32;

    // At most a few hashes at once per core: each holds its memory while it runs, and a burst of sign-ins must not
    // add up to gigabytes. A wait here is a few milliseconds; registrations queue before this (PasswordHashQueue).
    private readonly SemaphoreSlim _running = new(4 * Environment.ProcessorCount, 4 * Environment.ProcessorCount);
    private readonly PasswordBasedKeyDerivationAlgorithm _current = Current.Algorithm();
    private readonly PasswordHasher<AppUser> _identityFormat = new(Options.Create(new PasswordHasherOptions()));

    public string HashPassword(AppUser user, string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        var salt = RandomNumberGenerator.GetBytes(PhcString.SaltBytes);
        return new PhcString(Current, salt, Derive(_current, password, salt, HashBytes)).ToString();
    }

    public PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword)
    {
        ArgumentNullException.ThrowIfNull(hashedPassword);
        ArgumentNullException.ThrowIfNull(providedPassword);
        if (!hashedPassword.StartsWith(PhcString.Prefix, StringComparison.Ordinal))
        {
            return VerifyIdentityFormat(user, hashedPassword, providedPassword);
        }
        if (!PhcString.TryParse(hashedPassword, out var stored))
        {
            return PasswordVerificationResult.Failed;
        }
        var algorithm = stored.Settings == Current ? _current : stored.Settings.Algorithm();
        var provided = Derive(algorithm, providedPassword, stored.Salt, stored.Hash.Length);
        if (!CryptographicOperations.FixedTimeEquals(provided, stored.Hash))
        {
            return PasswordVerificationResult.Failed;
        }
        return stored.Settings == Current ? PasswordVerificationResult.Success : PasswordVerificationResult.SuccessRehashNeeded;
    }

    public void Dispose() => _running.Dispose();

    // Identity's own format, from before Argon2id: right passwords are stored again in the new one. Its reader throws
    // on a row that is not base64; a damaged row refuses the password like a wrong one.
    private PasswordVerificationResult VerifyIdentityFormat(AppUser user, string hashedPassword, string providedPassword)
    {
        try
        {
            return _identityFormat.VerifyHashedPassword(user, hashedPassword, providedPassword) == PasswordVerificationResult.Failed
                ? PasswordVerificationResult.Failed
                : PasswordVerificationResult.SuccessRehashNeeded;
        }
        catch (FormatException)
        {
            return PasswordVerificationResult.Failed;
        }
    }

    // The password as UTF-8 bytes, as the reference implementation and libsodium take it (NSec's string overload
    // gives other bytes), so that a hash stored here verifies anywhere else and back.
    private byte[] Derive(PasswordBasedKeyDerivationAlgorithm algorithm, string password, byte[] salt, int count)
    {
        var bytes = Encoding.UTF8.GetBytes(password);
        _running.Wait();
        try
        {
            return algorithm.DeriveBytes(bytes, salt, count);
        }
        finally
        {
            _running.Release();
            CryptographicOperations.ZeroMemory(bytes);
        }
    }
}
