namespace DeepMath.Web.Modules.Submissions.EditSubmission;

/// <summary>One row of the authors table on the submission form.</summary>
public sealed class AuthorRow
{
    public string? Name { get; set; }
    public string? Email { get; set; }
    public string? Affiliation { get; set; }
    public string? Country { get; set; }

    /// <summary>The submitter lets this author edit too (under an account with this confirmed e-mail).</summary>
    public bool MayEdit { get; set; }

    public bool IsBlank =>
        string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Email) && string.IsNullOrWhiteSpace(Affiliation) && string.IsNullOrWhiteSpace(Country);
}
