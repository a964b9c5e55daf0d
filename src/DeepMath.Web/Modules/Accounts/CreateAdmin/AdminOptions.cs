using System.ComponentModel.DataAnnotations;

namespace DeepMath.Web.Modules.Accounts.CreateAdmin;

/// <summary>
/// Configuration section "Admin": the first site admin, made at start-up (Admin__Email, with Admin__Password
/// from the environment or a secret store), as an alternative to `deepmath create-admin EMAIL`.
/// </summary>
public sealed class AdminOptions
{
    public const string Section = "Admin";

    [EmailAddress(ErrorMessage = "Admin:Email is not an e-mail address. Set Admin__Email to the first site admin's address, or leave it unset.")]
    public string? Email { get; set; }

    /// <summary>Unset: a new account gets a one-time password printed once.</summary>
    public string? Password { get; set; }
}
