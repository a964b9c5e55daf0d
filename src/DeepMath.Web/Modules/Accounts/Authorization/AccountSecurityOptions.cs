namespace DeepMath.Web.Modules.Accounts.Authorization;

/// <summary>The "Accounts" configuration section.</summary>
public sealed class AccountSecurityOptions
{
    public const string Section = "Accounts";

    /// <summary>
    /// Whether the site-admin role counts only in a session opened with a second factor. Unset, it is
    /// on in Production and off elsewhere (the demo and tests sign admins in with a password).
    /// </summary>
    public bool? AdminsNeedTwoFactor { get; set; }
}
