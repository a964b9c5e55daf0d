using DeepMath.IntegrationTests.Submissions;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Reviewing.Domain;
using DeepMath.Web.Modules.Submissions.Contracts;
using DeepMath.Web.Modules.Submissions.Domain;
using DeepMath.Web.Modules.Submissions.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.Reviewing;

/// <summary>
/// A call under review as the blind crawl finds it: three submitted abstracts whose PDF carries the first
/// author's name in its metadata, a reviewer assigned to two of them, a bid, and a draft review.
/// </summary>
public static class BlindWorld
{
    public const string ReviewerEmail = "rita@uni-a.edu";
    public const string OwnerEmail = "s.okafor@okafor-lab.org";

    public sealed record Arranged(Guid CallId, IReadOnlyList<Guid> Assigned, Guid Unassigned);

    public static async Task<Arranged> ArrangeAsync(AppFixture app, IReadOnlyList<(string Name, string Email, string Affiliation)> authors)
    {
        var reviewerUser = await app.CreateUserAsync(ReviewerEmail, name: "Rita Reviewer");
        var owner = await app.CreateUserAsync(OwnerEmail, name: authors[0].Name);
        var (_, call) = await app.CreateEventAsync(zone: "UTC");
        var reviewer = await app.AddReviewerAsync(call.Id, reviewerUser.Id, r => r.ExpertiseTopics = ["Optimization"]);
        var pdf = SubmissionForms.Pdf("metadata-author.pdf");
        return await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<DeepMathDbContext>();
            var store = services.GetRequiredService<IPdfStore>();
            var key = await store.PutAsync(pdf, SubmissionForms.Sha256(pdf));
            var batch = new AssignmentBatch { CallId = call.Id, Kind = AssignmentBatchKind.ManualAdd, Summary = "Blind crawl arrangement", CreatedAt = ReviewingData.BiddingTime };
            db.AssignmentBatches.Add(batch);
            var submissions = new List<Submission>();
            for (var number = 1; number <= 3; number++)
            {
                var submission = new Submission
                {
                    CallId = call.Id, OwnerId = owner.Id, Number = number, Title = $"Saddle points of deep linear networks, part {number}",
                    Topics = ["Optimization"], Abstract = $"Part {number}: plateaus and escapes in the loss curves of deep linear networks.",
                    State = SubmissionState.Submitted,
                };
                // Each presenting author presents once: the list turns by one for each abstract.
                var turned = authors.Skip(number - 1).Concat(authors.Take(number - 1));
                submission.SetAuthors([.. turned.Select(a => new SubmissionAuthor { Name = a.Name, Email = a.Email, Affiliation = a.Affiliation, Country = "Norway" })]);
                db.Submissions.Add(submission);
                db.SubmissionPdfs.Add(new SubmissionPdf
                {
                    SubmissionId = submission.Id, Version = 1, Sha256 = SubmissionForms.Sha256(pdf), SizeBytes = pdf.Length,
                    UploadedAt = ReviewingData.BiddingTime, StorageKey = key, ReportJson = "{}", CheckedAt = ReviewingData.BiddingTime,
                    CheckedAuthorsFingerprint = submission.AuthorsFingerprint,
                });
                submissions.Add(submission);
            }
            foreach (var assigned in submissions.Take(2))
            {
                db.Assignments.Add(new ReviewerAssignment { CallId = call.Id, SubmissionId = assigned.Id, ReviewerId = reviewer.Id, BatchId = batch.Id, CreatedAt = ReviewingData.BiddingTime });
                db.AssignmentChanges.Add(new AssignmentChange { BatchId = batch.Id, CallId = call.Id, SubmissionId = assigned.Id, ReviewerId = reviewer.Id, Added = true });
            }
            db.Bids.Add(new Bid { ReviewerId = reviewer.Id, SubmissionId = submissions[2].Id, Value = BidValue.Willing, UpdatedAt = ReviewingData.BiddingTime });
            db.Reviews.Add(new Review
            {
                CallId = call.Id, SubmissionId = submissions[0].Id, ReviewerId = reviewer.Id, Overall = 7, Confidence = 4,
                CommentsToAuthors = "A clear plateau analysis.", CreatedAt = ReviewingData.BiddingTime, UpdatedAt = ReviewingData.BiddingTime,
            });
            await db.SaveChangesAsync();
            return new Arranged(call.Id, [submissions[0].Id, submissions[1].Id], submissions[2].Id);
        });
    }

    /// <summary>
    /// Three more abstracts assigned to the reviewer whose PDF names an author in its text (which blinding keeps, being
    /// drawn): one whose format exception is pending, one whose exception was refused, and one whose co-author was
    /// added after the upload, so its anonymity check is older than its author list. None may reach the reviewer.
    /// </summary>
    public static async Task<IReadOnlyList<Guid>> AddHeldBackAsync(AppFixture app, Arranged call, IReadOnlyList<(string Name, string Email, string Affiliation)> authors)
    {
        var pdf = SubmissionForms.Pdf("name-in-text.pdf");
        return await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<DeepMathDbContext>();
            var key = await services.GetRequiredService<IPdfStore>().PutAsync(pdf, SubmissionForms.Sha256(pdf));
            var reviewer = await db.Reviewers.SingleAsync(r => r.CallId == call.CallId);
            var owner = await db.Submissions.Where(s => s.CallId == call.CallId).Select(s => s.OwnerId).FirstAsync();
            var batch = new AssignmentBatch { CallId = call.CallId, Kind = AssignmentBatchKind.ManualAdd, Summary = "Held back, assigned before", CreatedAt = ReviewingData.BiddingTime };
            db.AssignmentBatches.Add(batch);
            var ids = new List<Guid>();
            foreach (var (number, state) in new (int, FormatExceptionState?)[] { (4, FormatExceptionState.Requested), (5, FormatExceptionState.Refused), (6, null) })
            {
                var submission = new Submission
                {
                    CallId = call.CallId, OwnerId = owner, Number = number, Title = $"Held back abstract {number}", Topics = ["Optimization"],
                    Abstract = $"Held {number}: code reuse in balanced linear networks.", State = SubmissionState.Submitted,
                    ExceptionRequest = state is null ? null : "The name is cited as software.", ExceptionState = state,
                };
                // A presenter of their own (one abstract per presenting author), then the secret authors.
                submission.SetAuthors([new SubmissionAuthor { Name = $"Presenter {number}", Email = $"presenter{number}@example.org" }]);
                var checkedAgainst = submission.AuthorsFingerprint;
                submission.SetAuthors([.. submission.Authors.Concat(authors.Select(a => new SubmissionAuthor { Name = a.Name, Email = a.Email, Affiliation = a.Affiliation }))]);
                db.Submissions.Add(submission);
                db.SubmissionPdfs.Add(new SubmissionPdf
                {
                    SubmissionId = submission.Id, Version = 1, Sha256 = SubmissionForms.Sha256(pdf), SizeBytes = pdf.Length, UploadedAt = ReviewingData.BiddingTime,
                    StorageKey = key, ReportJson = "{}", CheckedAt = ReviewingData.BiddingTime, ErrorCount = state is null ? 0 : 1,
                    // Number 6 was checked when only its presenter was listed: the co-authors came after the upload.
                    CheckedAuthorsFingerprint = state is null ? checkedAgainst : submission.AuthorsFingerprint,
                });
                db.Assignments.Add(new ReviewerAssignment { CallId = call.CallId, SubmissionId = submission.Id, ReviewerId = reviewer.Id, BatchId = batch.Id, CreatedAt = ReviewingData.BiddingTime });
                db.AssignmentChanges.Add(new AssignmentChange { BatchId = batch.Id, CallId = call.CallId, SubmissionId = submission.Id, ReviewerId = reviewer.Id, Added = true });
                ids.Add(submission.Id);
            }
            await db.SaveChangesAsync();
            return ids;
        });
    }

    /// <summary>Pages of the reviewer's side that the crawl must reach, so that it cannot pass by seeing nothing.</summary>
    public static IEnumerable<string> ReviewerPagesThatMustBeReached(Arranged call)
    {
        yield return "/reviewing";
        yield return $"/calls/{call.CallId}/bidding";
        yield return $"/calls/{call.CallId}/assigned";
        foreach (var id in call.Assigned)
        {
            yield return $"/calls/{call.CallId}/assigned/{id}";
            yield return $"/calls/{call.CallId}/assigned/{id}/pdf";
        }
        yield return $"/calls/{call.CallId}/assigned/1/review";
        yield return $"/calls/{call.CallId}/assigned/2/review";
    }
}
