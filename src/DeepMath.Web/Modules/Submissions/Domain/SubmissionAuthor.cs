namespace DeepMath.Web.Modules.Submissions.Domain;

/// <summary>One listed author of a submission; <see cref="Position"/> 0 is the presenting author.</summary>
public sealed class SubmissionAuthor
{
    public const int NameMaxLength = 200;
    public const int EmailMaxLength = 256;
    public const int AffiliationMaxLength = 300;
    public const int CountryMaxLength = 100;

    public int Position { get; set; }
    public string Name { get; set; } = string.Empty;
    public string Email { get; set; } = string.Empty;
    public string Affiliation { get; set; } = string.Empty;
    public string Country { get; set; } = string.Empty;

    /// <summary>Named by the submitter as one who may edit the abstract too (under an account with this confirmed e-mail).</summary>
    public bool MayEdit { get; set; }
}
