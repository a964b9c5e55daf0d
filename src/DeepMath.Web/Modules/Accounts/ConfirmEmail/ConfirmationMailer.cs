using DeepMath.Web.Infrastructure.Email;
using DeepMath.Web.Modules.Accounts.Data;
using DeepMath.Web.Modules.Accounts.Domain;
using DeepMath.Web.Modules.Accounts.Emails;
using Microsoft.AspNetCore.Identity;

namespace DeepMath.Web.Modules.Accounts.ConfirmEmail;

/// <summary>Queues the confirmation link for an account (after registration, or when asked again).</summary>
public sealed class ConfirmationMailer(UserManager<AppUser> users, IOutbox outbox, LinkBuilder links, IAccountsData data, TimeProvider clock)
{
    /// <summary>Asked again from the account page: queues a new link unless the address is confirmed already, and saves it.</summary>
    /// <returns>Whether a link was queued (false: the address was already confirmed).</returns>
    public async Task<bool> ResendAsync(AppUser user, CancellationToken cancellationToken)
    {
        if (user.EmailConfirmed)
        {
            return false;
        }
        await QueueAsync(user, cancellationToken);
        await data.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task QueueAsync(AppUser user, CancellationToken cancellationToken)
    {
        var token = await users.GenerateEmailConfirmationTokenAsync(user);
        var code = LinkCode.Encode(token);
        var url = links.Action<ConfirmEmailController>(nameof(ConfirmEmailController.Confirm), new { userId = user.Id, code });
        // One confirmation mail per request: the key carries the instant it was asked for.
        var key = $"account:{user.Id}:confirm:{clock.GetUtcNow().ToUnixTimeMilliseconds()}";
        await outbox.QueueAsync(ConfirmEmailEmail.Create(user.Email!, user.DisplayName, url), key, cancellationToken);
    }
}
