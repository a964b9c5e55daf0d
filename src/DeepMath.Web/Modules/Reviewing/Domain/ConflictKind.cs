namespace DeepMath.Web.Modules.Reviewing.Domain;

public enum ConflictKind
{
    /// <summary>The reviewer is one of the submission's authors.</summary>
    ListedAuthor = 0,

    /// <summary>The reviewer and an author have an institutional e-mail domain in common.</summary>
    SharedEmailDomain = 1,

    /// <summary>The reviewer and an author have an affiliation in common, once normalized.</summary>
    SharedAffiliation = 2,

    /// <summary>The reviewer wrote another submission in the system with one of the authors.</summary>
    CoAuthor = 3,

    /// <summary>The reviewer declared a conflict with one of the authors.</summary>
    DeclaredPerson = 4,

    /// <summary>The reviewer declared a conflict with an institution of one of the authors.</summary>
    DeclaredInstitution = 5,

    /// <summary>The reviewer declared, while bidding, a conflict with this very submission.</summary>
    DeclaredByReviewer = 6,

    /// <summary>The submission's authors declared a conflict with the reviewer.</summary>
    DeclaredByAuthors = 7,

    /// <summary>An organizer recorded the conflict by hand, with a reason.</summary>
    DeclaredByOrganizers = 8,
}
