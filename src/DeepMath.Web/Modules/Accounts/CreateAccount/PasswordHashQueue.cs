using DeepMath.Web.Modules.Accounts.Domain;
using Microsoft.AspNetCore.Identity;

namespace DeepMath.Web.Modules.Accounts.CreateAccount;

/// <summary>
/// Registrations hash their passwords one per core at a time, in arrival order, like the format checks of uploads
/// (Submissions' UploadChecker). A hash costs processor time and memory by design (Argon2id's cost is a security
/// setting, not a knob); in a deadline surge of sign-ups, dozens hashing at once would share the cores until each
/// took many times as long, and starve the cheap requests (pages, confirmations, uploads) beside them. Waiting here
/// costs no thread and no database connection. The queue is one per process; the hasher is the user manager's, so
/// it is passed in rather than held.
/// </summary>
public sealed class PasswordHashQueue : IDisposable
{
    private readonly SemaphoreSlim _cores = new(Environment.ProcessorCount, Environment.ProcessorCount);

    public async Task<string> HashAsync(IPasswordHasher<AppUser> hasher, AppUser user, string password, CancellationToken cancellationToken)
    {
        await _cores.WaitAsync(cancellationToken);
        try
        {
            return hasher.HashPassword(user, password);
        }
        finally
        {
            _cores.Release();
        }
    }

    public void Dispose() => _cores.Dispose();
}
