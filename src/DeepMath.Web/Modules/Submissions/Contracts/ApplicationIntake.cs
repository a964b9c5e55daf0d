using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Submissions.EditSubmission;

namespace DeepMath.Web.Modules.Submissions.Contracts;

/// <summary>The one applicant of a thesis submission, who is also its presenting author.</summary>
public sealed record Applicant(string Name, string Email, string Affiliation, string Country);

/// <summary>A submission made for another module's form (an award application).</summary>
public sealed record SubmittedApplication(Guid SubmissionId, int Number);

/// <summary>
/// Submits a document to a call on behalf of another module's form, through the same handler as the submission
/// page: the same window, checks, numbering, receipt and one-per-presenter rule, with the call's own format rules.
/// </summary>
public sealed class ApplicationIntake(SaveSubmissionHandler save)
{
    /// <returns>The submission; when it is refused, the status of the submission page's refusal (409 for a closed call) with its
    /// messages and those of the upload's check, all about the document as a whole.</returns>
    public async Task<Result<SubmittedApplication>> SubmitAsync(Guid callId, string ownerId, string title, string summary, Applicant applicant, string topic,
        string discipline, IFormFile pdf, CancellationToken cancellationToken = default)
    {
        var form = new SubmissionForm
        {
            Title = title,
            Abstract = summary,
            Authors = [new AuthorRow { Name = applicant.Name, Email = applicant.Email, Affiliation = applicant.Affiliation, Country = applicant.Country }],
            Topics = [topic],
            Disciplines = [discipline],
            Command = SubmissionForm.Submit,
        };
        var checks = new SubmissionChecks();
        var saved = await save.HandleAsync(callId, null, ownerId, form, pdf, checks, cancellationToken);
        if (!saved.Succeeded)
        {
            var report = checks.UploadReport?.Errors.Select(e => e.Message) ?? [];
            return Result<SubmittedApplication>.Failed(saved.Status,
                new Dictionary<string, IReadOnlyList<string>> { [string.Empty] = [.. saved.Messages, .. report] });
        }
        return new SubmittedApplication(saved.Value.Id, saved.Value.Number);
    }
}
