using DeepMath.Web.Modules.Accounts.Domain;
using DeepMath.Web.Modules.Accounts.Passwords;
using Microsoft.AspNetCore.Identity;

namespace DeepMath.IntegrationTests.Support;

/// <summary>The application's own password hasher, counting the passwords it checks (the cost a sign-in's timing hides).</summary>
public sealed class CountingPasswordHasher : IPasswordHasher<AppUser>, IDisposable
{
    private readonly Argon2idPasswordHasher _inner = new();
    private int _verifications;

    public int Verifications => Volatile.Read(ref _verifications);

    public string HashPassword(AppUser user, string password) => _inner.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref _verifications);
        return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }

    public void Dispose() => _inner.Dispose();
}
