using DeepMath.Web.Infrastructure.Email;
using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Accounts.ConfirmEmail;
using DeepMath.Web.Modules.Accounts.Data;
using DeepMath.Web.Modules.Accounts.Domain;
using DeepMath.Web.Modules.Accounts.Emails;
using DeepMath.Web.Modules.Accounts.ForgotPassword;
using DeepMath.Web.Modules.Accounts.Login;
using Microsoft.AspNetCore.Identity;

namespace DeepMath.Web.Modules.Accounts.CreateAccount;

/// <summary>
/// Creates an account, or mails the owner of a taken address that someone tried. Both succeed alike: the
/// visitor gets the same answer for a new and a taken address; only a refused password is an error.
/// </summary>
public sealed class CreateAccountHandler(
    UserManager<AppUser> users, ConfirmationMailer mailer, IOutbox outbox, LinkBuilder links, IAccountsData data, PasswordHashQueue hashing,
    TimeProvider clock)
{
    public async Task<Result> HandleAsync(CreateAccountForm form, CancellationToken cancellationToken)
    {
        var email = form.Email.Trim();
        // The password is judged first, the same way for a taken address as for a new one.
        var errors = new ErrorList();
        foreach (var validator in users.PasswordValidators)
        {
            var checkedPassword = await validator.ValidateAsync(users, new AppUser { UserName = email, Email = email, DisplayName = form.DisplayName }, form.Password);
            foreach (var error in checkedPassword.Errors)
            {
                errors.Add(error.Description);
            }
        }
        if (errors.Any)
        {
            return errors.ToResult();
        }
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            DisplayName = form.DisplayName.Trim(),
            CreatedAt = clock.GetUtcNow(),
        };
        // The one password hash of a registration (tens of milliseconds of CPU, by design), for a taken address as for
        // a new one, so that both answer in the same time. It runs before the transaction: in a deadline surge,
        // hundreds of these would otherwise each hold a pooled connection through their hashing.
        user.PasswordHash = await hashing.HashAsync(users.PasswordHasher, user, form.Password, cancellationToken);
        // The account and its mail are saved together: no account is left without its link.
        await using var transaction = await data.Database.BeginTransactionAsync(cancellationToken);
        if (await users.FindByEmailAsync(email) is { } owner)
        {
            var now = clock.GetUtcNow();
            await outbox.QueueAsync(
                RegistrationAttemptEmail.Create(owner.Email!, owner.DisplayName, links.Action<LoginController>(nameof(LoginController.Index)),
                    links.Action<ForgotPasswordController>(nameof(ForgotPasswordController.Index))),
                $"account:{owner.Id}:registration-attempt:{now.ToUnixTimeMilliseconds()}", cancellationToken);
            await data.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return Result.Success();
        }
        // The password was judged above and is hashed already: creating it again would hash it a second time.
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            // Two registrations of one new address at once: the second meets the unique index, not FindByEmail.
            if (created.Errors.Any(e => e.Code is "DuplicateUserName" or "DuplicateEmail"))
            {
                return Result.Success();
            }
            foreach (var error in created.Errors)
            {
                errors.Add(error.Description);
            }
            return errors.ToResult();
        }
        await mailer.QueueAsync(user, cancellationToken);
        await data.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result.Success();
    }
}
