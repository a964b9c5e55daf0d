using DeepMath.Web.Infrastructure.Jobs;
using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Decisions.Contracts;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Submissions.CallSubmissions;
using DeepMath.Web.Modules.Submissions.Data;
using DeepMath.Web.Modules.Submissions.Domain;
using DeepMath.Web.Modules.Submissions.Jobs;

namespace DeepMath.Web.Modules.Submissions.PdfArchives;

/// <summary>
/// Records which submissions a ZIP holds (those the filter keeps that have a PDF, chosen now, so that the ZIP holds
/// what the organizer saw) and queues the job that builds it.
/// </summary>
public sealed class RequestPdfArchiveHandler(ISubmissionsData db, CallSubmissionsQuery query, CallDecisions decisions, IJobScheduler jobs, TimeProvider clock)
{
    public async Task<Result<string>> HandleAsync(CallInfo call, SubmissionListFilter filter, string userId, CancellationToken cancellationToken)
    {
        var decided = await decisions.RecordedAsync(call.CallId, cancellationToken);
        var rows = filter.Apply(await query.RowsAsync(call.CallId, cancellationToken), decided).Where(r => r.LatestVersion is not null).ToList();
        if (rows.Count == 0)
        {
            return Result<string>.Invalid("No submission in this list has a PDF, so there is nothing to pack. Change the filter and ask again.");
        }
        var outcomes = await decisions.OutcomesAsync(call.CallId, cancellationToken);
        var description = filter.Describe(key => outcomes.FirstOrDefault(o => o.Key == key)?.Label ?? key);
        var archive = new PdfArchive
        {
            CallId = call.CallId, RequestedBy = userId, RequestedAt = clock.GetUtcNow(), SubmissionIds = [.. rows.Select(r => r.Id)],
            Description = description.Length <= PdfArchive.FilterMaxLength ? description : description[..(PdfArchive.FilterMaxLength - 1)] + "…",
        };
        db.PdfArchives.Add(archive);
        await db.SaveChangesAsync(cancellationToken);
        try
        {
            jobs.Enqueue<BuildPdfArchiveJob>(job => job.RunAsync(archive.Id, CancellationToken.None));
        }
        catch (JobNotQueuedException)
        {
            archive.Error = "the job could not be queued.";
            await db.SaveChangesAsync(CancellationToken.None);
            return Result<string>.Invalid("The ZIP could not be queued just now. Try again in a minute.");
        }
        return $"The ZIP of {rows.Count} PDF(s) is being built; its link appears below when it is ready.";
    }
}
