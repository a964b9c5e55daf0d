using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Infrastructure.Email;
using DeepMath.Web.Modules.Accounts.ConfirmEmail;
using DeepMath.Web.Modules.Accounts.Domain;
using DeepMath.Web.Modules.Accounts.Emails;
using DeepMath.Web.Modules.Accounts.Login;
using Microsoft.AspNetCore.Identity;

namespace DeepMath.Web.Modules.Accounts.Register;

public sealed class RegisterHandler(
    UserManager<AppUser> users, ConfirmationMailer mailer, IOutbox outbox, LinkBuilder links, SignInTiming timing, DeepMathDbContext db, TimeProvider clock)
{
    /// <summary>What happened, told apart only on the server: the visitor gets the same answer for a new and a taken address.</summary>
    public enum Result
    {
        Created,
        AddressTaken,
        Refused,
    }

    /// <returns>The new account (for <see cref="Result.Created"/>), or the reasons the form was refused.</returns>
    public async Task<(Result Result, AppUser? User, IEnumerable<string> Errors)> HandleAsync(RegisterForm form, CancellationToken cancellationToken)
    {
        var email = form.Email.Trim();
        // The password is judged first, the same way for a taken address as for a new one.
        var passwordErrors = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var checkedPassword = await validator.ValidateAsync(users, new AppUser { UserName = email, Email = email, DisplayName = form.DisplayName }, form.Password);
            passwordErrors.AddRange(checkedPassword.Errors.Select(e => e.Description));
        }
        if (passwordErrors.Count > 0)
        {
            return (Result.Refused, null, passwordErrors);
        }
        // The account and its mail are saved together: no account is left without its link.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await users.FindByEmailAsync(email) is { } owner)
        {
            // Hashing is what creating an account costs: the answer takes as long as for a new address.
            timing.HashAsIfChecking(form.Password);
            var now = clock.GetUtcNow();
            await outbox.QueueAsync(
                RegistrationAttemptEmail.Create(owner.Email!, owner.DisplayName, links.Absolute("/account/login"), links.Absolute("/account/forgot-password")),
                $"account:{owner.Id}:registration-attempt:{now.ToUnixTimeMilliseconds()}", cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return (Result.AddressTaken, null, []);
        }
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            DisplayName = form.DisplayName.Trim(),
            CreatedAt = clock.GetUtcNow(),
        };
        var created = await users.CreateAsync(user, form.Password);
        if (!created.Succeeded)
        {
            // Two registrations of one new address at once: the second meets the unique index, not FindByEmail.
            return created.Errors.Any(e => e.Code is "DuplicateUserName" or "DuplicateEmail")
                ? (Result.AddressTaken, null, [])
                : (Result.Refused, null, created.Errors.Select(e => e.Description));
        }
        await mailer.QueueAsync(user, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (Result.Created, user, []);
    }
}
