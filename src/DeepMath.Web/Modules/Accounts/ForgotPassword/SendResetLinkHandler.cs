using DeepMath.Web.Infrastructure.Email;
using DeepMath.Web.Modules.Accounts.Data;
using DeepMath.Web.Modules.Accounts.Domain;
using DeepMath.Web.Modules.Accounts.Emails;
using DeepMath.Web.Modules.Accounts.ResetPassword;
using Microsoft.AspNetCore.Identity;

namespace DeepMath.Web.Modules.Accounts.ForgotPassword;

/// <summary>Mails a reset link to the account of an address, if there is one; the caller answers the same either way.</summary>
public sealed class SendResetLinkHandler(UserManager<AppUser> users, IOutbox outbox, LinkBuilder links, IAccountsData data, TimeProvider clock)
{
    public async Task HandleAsync(string email, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            return;
        }
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var code = LinkCode.Encode(token);
        var url = links.Action<ResetPasswordController>(nameof(ResetPasswordController.Index), new { email = user.Email, code });
        var key = $"account:{user.Id}:reset:{clock.GetUtcNow().ToUnixTimeMilliseconds()}";
        await outbox.QueueAsync(ResetPasswordEmail.Create(user.Email!, user.DisplayName, url), key, cancellationToken);
        await data.SaveChangesAsync(cancellationToken);
    }
}
