using DeepMath.Web.Modules.Accounts.Domain;
using Microsoft.AspNetCore.Identity;

namespace DeepMath.Web.Modules.Accounts.Login;

/// <summary>
/// Makes a refused sign-in that checked no password (an unknown address, a locked account) cost what checking one
/// costs, or the time would tell which addresses have accounts. What follows the hash is evened out by
/// <see cref="Throttling.AnswerFloor"/>. One per process, like the hasher: the dummy hash is made once.
/// </summary>
public sealed class SignInTiming
{
    private static readonly AppUser _nobody = new() { UserName = "nobody", DisplayName = "nobody" };
    private readonly IPasswordHasher<AppUser> _hasher;
    private readonly Lazy<string> _dummyHash;

    public SignInTiming(IPasswordHasher<AppUser> hasher)
    {
        _hasher = hasher;
        _dummyHash = new Lazy<string>(() => hasher.HashPassword(_nobody, Guid.NewGuid().ToString("N")));
    }

    public void HashAsIfChecking(string password) => _hasher.VerifyHashedPassword(_nobody, _dummyHash.Value, password);
}
