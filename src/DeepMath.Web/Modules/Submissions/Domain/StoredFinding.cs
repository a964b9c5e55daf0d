using DeepMath.AbstractFormat;

namespace DeepMath.Web.Modules.Submissions.Domain;

public sealed record StoredFinding(string Code, string Message, int? Page, string? Text)
{
    public static StoredFinding From(Finding finding) => new(finding.Code, finding.Message, finding.Page, finding.Text);
}
