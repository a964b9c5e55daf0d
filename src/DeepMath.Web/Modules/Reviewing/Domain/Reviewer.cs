namespace DeepMath.Web.Modules.Reviewing.Domain;

/// <summary>A membership of a call's review committee, with the profile the reviewer keeps for that call.</summary>
public sealed class Reviewer
{
    public const int StatementMaxLength = 2000;
    public const int LineMaxLength = 300;
    public const int MaxLines = 20;
    public const int MaxLoadLimit = 100;
    public const int PublicationsMaxLength = 200_000;
    public const int AttributeMaxLength = 200;

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

    /// <summary>Publications as the reviewer pasted or uploaded them (BibTeX or plain titles and abstracts), shown back in the form.</summary>
    public string Publications { get; set; } = string.Empty;

    /// <summary>The titles and abstracts read from <see cref="Publications"/>: what the text affinity compares abstracts with.</summary>
    public string PublicationText { get; set; } = string.Empty;

    /// <summary>Set by the organizers: counts for "at least one senior reviewer per abstract".</summary>
    public bool Senior { get; set; }

    /// <summary>Set by the organizers for "distinct institutions"; when empty, the first affiliation of the profile stands in.</summary>
    public string? Institution { get; set; }

    /// <summary>Set by the organizers for "distinct countries".</summary>
    public string? Country { get; set; }

    /// <summary>The institution the assignment constraints use: the organizers' word, else the first affiliation.</summary>
    public string? InstitutionForAssignment => !string.IsNullOrWhiteSpace(Institution) ? Institution : Affiliations.FirstOrDefault();
}
