namespace DeepMath.Web.Modules.Reviewing.Domain;

public static class ConflictKinds
{
    /// <summary>Found by the system, so organizers may dismiss them; declared ones stand as declared.</summary>
    public static bool IsAutomatic(ConflictKind kind) => kind is ConflictKind.ListedAuthor or ConflictKind.SharedEmailDomain
        or ConflictKind.SharedAffiliation or ConflictKind.CoAuthor;

    public static string Label(ConflictKind kind) => kind switch
    {
        ConflictKind.ListedAuthor => "listed author",
        ConflictKind.SharedEmailDomain => "same e-mail domain",
        ConflictKind.SharedAffiliation => "same affiliation",
        ConflictKind.CoAuthor => "co-author",
        ConflictKind.DeclaredPerson => "declared: person",
        ConflictKind.DeclaredInstitution => "declared: institution",
        ConflictKind.DeclaredByReviewer => "declared by the reviewer",
        ConflictKind.DeclaredByAuthors => "declared by the authors",
        ConflictKind.DeclaredByOrganizers => "recorded by the organizers",
        _ => kind.ToString(),
    };
}
