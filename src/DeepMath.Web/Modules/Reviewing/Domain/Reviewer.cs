namespace DeepMath.Web.Modules.Reviewing.Domain;

/// <summary>A membership of a call's review committee, with the profile the reviewer keeps for that call.</summary>
public sealed class Reviewer
{
    public const int StatementMaxLength = 2000;
    public const int LineMaxLength = 300;
    public const int MaxLines = 20;
    public const int MaxLoadLimit = 100;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CallId { get; init; }
    public required string UserId { get; init; }
    public DateTimeOffset AddedAt { get; init; }
    public string? AddedBy { get; init; }

    /// <summary>Topics of the call the reviewer knows well; affinity for assignment comes from them.</summary>
    public List<string> ExpertiseTopics { get; set; } = [];
    public string Statement { get; set; } = string.Empty;
    public List<string> Affiliations { get; set; } = [];

    /// <summary>Lower-cased domains of the reviewer's institutions, besides the one of the account's e-mail.</summary>
    public List<string> EmailDomains { get; set; } = [];
    public int? MaxLoad { get; set; }

    /// <summary>Lower-cased e-mails of people the reviewer declares a conflict with.</summary>
    public List<string> DeclaredPeople { get; set; } = [];
    public List<string> DeclaredInstitutions { get; set; } = [];
    public DateTimeOffset? ProfileUpdatedAt { get; set; }
}
