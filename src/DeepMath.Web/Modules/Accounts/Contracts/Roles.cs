namespace DeepMath.Web.Modules.Accounts.Contracts;

/// <summary>
/// The only global role. Organizers and reviewers are memberships of an event or a call, checked
/// against the data, not roles.
/// </summary>
public static class Roles
{
    public const string SiteAdmin = "SiteAdmin";
}
