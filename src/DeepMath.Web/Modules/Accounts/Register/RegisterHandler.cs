using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Accounts.ConfirmEmail;
using DeepMath.Web.Modules.Accounts.Domain;
using Microsoft.AspNetCore.Identity;

namespace DeepMath.Web.Modules.Accounts.Register;

public sealed class RegisterHandler(UserManager<AppUser> users, ConfirmationMailer mailer, DeepMathDbContext db, TimeProvider clock)
{
    /// <returns>The new account, or the reasons it could not be created.</returns>
    public async Task<(AppUser? User, IEnumerable<string> Errors)> HandleAsync(RegisterForm form, CancellationToken cancellationToken)
    {
        var email = form.Email.Trim();
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            DisplayName = form.DisplayName.Trim(),
            CreatedAt = clock.GetUtcNow(),
        };
        // The account and its confirmation mail are saved together: no account is left without its link.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await users.CreateAsync(user, form.Password);
        if (!created.Succeeded)
        {
            return (null, created.Errors.Select(Describe));
        }
        await mailer.QueueAsync(user, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (user, []);
    }

    private static string Describe(IdentityError error) => error.Code switch
    {
        "DuplicateUserName" or "DuplicateEmail" =>
            "An account with this e-mail address exists already. Sign in, or use \"Forgot your password?\" to get back into it.",
        _ => error.Description,
    };
}
