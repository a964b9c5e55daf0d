using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Decisions.Contracts;
using DeepMath.Web.Modules.Submissions.Authorization;
using DeepMath.Web.Modules.Submissions.Data;
using DeepMath.Web.Modules.Submissions.Domain;
using DeepMath.Web.Modules.Submissions.EditSubmission;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DeepMath.Web.Modules.Submissions.FinalVersion;

/// <summary>
/// Saves an accepted abstract's final title, text abstract and authors (for the program and the book of abstracts) as its
/// next final version, until the call's final-version day ends. Topics, the PDF and the reviewed text stay as reviewed.
/// </summary>
public sealed class SaveFinalVersionHandler(ISubmissionsData db, SentDecisions decisions, TimeProvider clock)
{
    /// <returns>The saved version's number, or what to correct.</returns>
    public async Task<Result<int>> HandleAsync(SubmissionAccess.Grant grant, string userId, SubmissionForm form,
        CancellationToken cancellationToken)
    {
        var submission = grant.Submission;
        var now = clock.GetUtcNow();
        var decision = (await decisions.ForSubmissionsAsync([submission.Id], cancellationToken)).GetValueOrDefault(submission.Id);
        if (!grant.MayEdit || decision is not { Accepts: true } || submission.State != Contracts.SubmissionState.Submitted)
        {
            return Result<int>.Invalid("Only an accepted abstract's submitter, and the authors they named as editors, can save a final version.");
        }
        if (grant.Call.FinalVersionClosesAt is not { } closesAt || now >= closesAt)
        {
            return Result<int>.Invalid(grant.Call.FinalVersionOn is { } day
                ? $"The final version could be changed until {day:yyyy-MM-dd}; write to the organizers if something must still change."
                : "This call has no final version: the abstract stays as it was accepted.");
        }
        // What a final version does not change is kept as it is, so that the rules for a submitted abstract apply to the rest.
        form.Topics = [.. submission.Topics];
        form.Disciplines = [.. submission.Disciplines];
        form.ExceptionRequest = submission.ExceptionRequest;
        var authors = form.ListedAuthors();
        if (submission.OwnerId != userId)
        {
            submission.KeepEditorsOf(authors);
        }
        var errors = SubmissionValidator.Errors(form, authors, grant.Call, forSubmission: true);
        if (errors.Count > 0)
        {
            return Result<int>.Invalid(new Dictionary<string, IReadOnlyList<string>> { [string.Empty] = errors });
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM submissions.submissions WHERE id = {submission.Id} FOR UPDATE", cancellationToken);
        var version = (await db.SubmissionFinalVersions.Where(v => v.SubmissionId == submission.Id).MaxAsync(v => (int?)v.Version, cancellationToken) ?? 0) + 1;
        submission.Title = form.Title!.Trim();
        submission.Abstract = form.Abstract?.Trim() ?? string.Empty;
        submission.SetAuthors(authors);
        submission.UpdatedAt = now;
        db.SubmissionFinalVersions.Add(new SubmissionFinalVersion
        {
            SubmissionId = submission.Id, Version = version, Title = submission.Title, Abstract = submission.Abstract,
            Authors = string.Join('\n', authors.Select(a => $"{a.Name} <{a.Email}> ({a.Affiliation}, {a.Country})")), SavedBy = userId, SavedAt = now,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: SubmissionConfiguration.OnePerPresenterIndex })
        {
            return Result<int>.Invalid($"{authors[0].Email} is already the presenting author of another abstract in this call: keep the presenting author as accepted.");
        }
        await transaction.CommitAsync(cancellationToken);
        return version;
    }
}
