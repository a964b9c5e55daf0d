using DeepMath.Web.Infrastructure.Email;
using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Accounts.Data;
using DeepMath.Web.Modules.Accounts.Domain;
using DeepMath.Web.Modules.Accounts.Emails;
using Microsoft.AspNetCore.Identity;

namespace DeepMath.Web.Modules.Accounts.Manage;

/// <summary>Mails a link to the new address; the address changes only when its owner follows it.</summary>
public sealed class RequestEmailChangeHandler(UserManager<AppUser> users, IOutbox outbox, LinkBuilder links, IAccountsData data, TimeProvider clock)
{
    /// <summary>Errors are keyed "ChangeEmail", the form's prefix, where the page shows them.</summary>
    public async Task<Result<string>> HandleAsync(AppUser user, ChangeEmailForm form, CancellationToken cancellationToken)
    {
        var newEmail = form.NewEmail.Trim();
        if (string.Equals(newEmail, user.Email, StringComparison.OrdinalIgnoreCase))
        {
            return Result<string>.Invalid("ChangeEmail", "That is already your address.");
        }
        if (await users.FindByEmailAsync(newEmail) is not null)
        {
            return Result<string>.Invalid("ChangeEmail", "Another account uses that address. Choose another one.");
        }
        var token = await users.GenerateChangeEmailTokenAsync(user, newEmail);
        var code = LinkCode.Encode(token);
        var url = links.Action<ManageController>(nameof(ManageController.ConfirmEmailChange), new { userId = user.Id, email = newEmail, code });
        var key = $"account:{user.Id}:change-email:{clock.GetUtcNow().ToUnixTimeMilliseconds()}";
        await outbox.QueueAsync(ChangeEmailEmail.Create(newEmail, user.DisplayName, url), key, cancellationToken);
        await data.SaveChangesAsync(cancellationToken);
        return newEmail;
    }
}
