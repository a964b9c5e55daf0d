namespace DeepMath.Web.Modules.Accounts.Contracts;

public static class Policies
{
    /// <summary>A site admin; in Production, one who signed in with two factors.</summary>
    public const string SiteAdmin = "SiteAdmin";

    /// <summary>A signed-in account whose e-mail address is confirmed.</summary>
    public const string ConfirmedAccount = "ConfirmedAccount";
}
