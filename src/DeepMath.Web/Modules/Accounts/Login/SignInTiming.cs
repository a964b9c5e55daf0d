using DeepMath.Web.Modules.Accounts.Domain;
using Microsoft.AspNetCore.Identity;

namespace DeepMath.Web.Modules.Accounts.Login;

/// <summary>
/// Makes a refused sign-in cost what checking a real password costs: an unknown address and a locked
/// account would otherwise answer at once, and the time would tell which addresses have accounts.
/// </summary>
public sealed class SignInTiming(IPasswordHasher<AppUser> hasher)
{
    private static readonly AppUser _nobody = new() { UserName = "nobody", DisplayName = "nobody" };
    private static string? _dummyHash;

    public void HashAsIfChecking(string password)
    {
        _dummyHash ??= hasher.HashPassword(_nobody, Guid.NewGuid().ToString("N"));
        hasher.VerifyHashedPassword(_nobody, _dummyHash, password);
    }
}
