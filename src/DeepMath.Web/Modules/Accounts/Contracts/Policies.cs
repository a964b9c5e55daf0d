namespace DeepMath.Web.Modules.Accounts.Contracts;

public static class Policies
{
    /// <summary>A site admin; in Production, one who signed in with two factors.</summary>
    public const string SiteAdmin = "SiteAdmin";

    /// <summary>
    /// A signed-in account whose e-mail address is confirmed: the one check for anything that needs a proven address
    /// (submitting, registering). It follows the database at every request (see Sessions/SessionStampCheck), so an
    /// address confirmed in another browser counts at once, without signing out and in.
    /// </summary>
    public const string ConfirmedAccount = "ConfirmedAccount";
}
