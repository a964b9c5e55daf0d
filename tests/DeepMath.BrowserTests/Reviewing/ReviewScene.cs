using System.Security.Cryptography;
using DeepMath.BrowserTests.Support;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Accounts.Domain;
using DeepMath.Web.Modules.Events.Domain;
using DeepMath.Web.Modules.Reviewing.Domain;
using DeepMath.Web.Modules.Submissions.Contracts;
using DeepMath.Web.Modules.Submissions.Domain;
using DeepMath.Web.Modules.Submissions.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.BrowserTests.Reviewing;

/// <summary>
/// A call of its own (not the demo's, which the submission tests fill): closed on 2025-08-31, bidding until
/// 2025-09-08 begins, reviews due 2025-09-20 (New York), one review per abstract. Olga organizes; Rita and Sam
/// are on the committee; abstract 1 and 2 are submitted with a PDF that names its first author in the metadata.
/// Sam's eager bid on abstract 2 is in the data: only Rita's bids go through the browser.
/// </summary>
public sealed record ReviewScene(Guid CallId, string EventSlug, Guid Rita, Guid Paper1, Guid Paper2)
{
    public const string Password = "a long browser password";
    public const string OrganizerEmail = "olga@review-flow.example.org";
    public const string ReviewerEmail = "rita@uni-a.example.edu";
    public const string EventTitle = "DeepMath Review Flow 2025";

    public static readonly DateTimeOffset BiddingTime = new(2025, 9, 3, 14, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset AssignmentTime = new(2025, 9, 8, 15, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset ReviewTime = new(2025, 9, 12, 16, 0, 0, TimeSpan.Zero);

    public static readonly (string Name, string Email, string Affiliation)[] Paper1Authors =
        [("Samuel Okafor", "s.okafor@okafor-lab.org", "University of Toronto"), ("Lena Wu-Hartmann", "lena@wu-hartmann.example.de", "Technische Universität München")];

    public static readonly (string Name, string Email, string Affiliation)[] Paper2Authors =
        [("Wei Fan", "wfan@ust.example.hk", "HKUST")];

    /// <summary>Everything that would unblind: names (and the family names alone), e-mails and their domains, affiliations.</summary>
    public static IEnumerable<string> Secrets() =>
        Paper1Authors.Concat(Paper2Authors).SelectMany(a => new[] { a.Name, a.Email, a.Email.Split('@')[1], a.Affiliation })
            .Concat(["Okafor", "Wu-Hartmann"]);

    /// <summary>The PDF every abstract of the scene carries: "Samuel Okafor" is its metadata's author.</summary>
    public static string PdfFixture() => Path.Combine(BrowserApp.RepositoryRoot(), "tests", "fixtures", "abstracts", "metadata-author.pdf");

    public static async Task<ReviewScene> ArrangeAsync(BrowserApp app)
    {
        await app.CreateConfirmedUserAsync(OrganizerEmail, "Olga Organizer", Password);
        await app.CreateConfirmedUserAsync(ReviewerEmail, "Rita Reviewer", Password);
        await app.CreateConfirmedUserAsync("sam@uni-b.example.edu", "Sam Reviewer", Password);
        var pdf = await File.ReadAllBytesAsync(PdfFixture());
        return await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<DeepMathDbContext>();
            var users = services.GetRequiredService<UserManager<AppUser>>();
            async Task<string> IdOf(string email) => (await users.FindByEmailAsync(email))!.Id;

            var ev = new Event
            {
                Title = EventTitle, Slug = "deepmath-review-flow-2025", TimeZoneId = "America/New_York",
                StartsOn = new DateOnly(2025, 11, 6), EndsOn = new DateOnly(2025, 11, 7), CreatedAt = BrowserApp.DemoNow,
            };
            var call = new Call
            {
                EventId = ev.Id, Title = "Call for abstracts", OpensOn = new DateOnly(2025, 7, 1), ClosesOn = new DateOnly(2025, 8, 31),
                NotificationOn = new DateOnly(2025, 10, 1), Topics = ["Optimization", "Generalization"], Disciplines = ["Mathematics"],
                ReviewsPerSubmission = 1,
            };
            db.Events.Add(ev);
            db.Calls.Add(call);
            db.EventOrganizers.Add(new EventOrganizer { EventId = ev.Id, UserId = await IdOf(OrganizerEmail), AddedAt = BrowserApp.DemoNow });
            db.ReviewSettings.Add(new ReviewSettings { CallId = call.Id, BiddingClosesOn = new DateOnly(2025, 9, 8), ReviewsDueOn = new DateOnly(2025, 9, 20) });
            var rita = new Reviewer { CallId = call.Id, UserId = await IdOf(ReviewerEmail), ExpertiseTopics = ["Optimization"] };
            var sam = new Reviewer { CallId = call.Id, UserId = await IdOf("sam@uni-b.example.edu"), ExpertiseTopics = ["Generalization"] };
            db.Reviewers.AddRange(rita, sam);

            var sha = Convert.ToHexStringLower(SHA256.HashData(pdf));
            var key = await services.GetRequiredService<IPdfStore>().PutAsync(pdf, sha);
            Submission Submitted(int number, string title, string topic, (string Name, string Email, string Affiliation)[] authors)
            {
                var submission = new Submission
                {
                    CallId = call.Id, OwnerId = "browser-review-owner-" + number, Number = number, Title = title, Topics = [topic],
                    Abstract = $"Abstract {number}: {title.ToLowerInvariant()}, studied in deep linear networks.",
                    State = SubmissionState.Submitted, SubmittedAt = new DateTimeOffset(2025, 8, 30, 12, 0, 0, TimeSpan.Zero),
                };
                submission.SetAuthors([.. authors.Select(a => new SubmissionAuthor { Name = a.Name, Email = a.Email, Affiliation = a.Affiliation, Country = "Canada" })]);
                db.Submissions.Add(submission);
                db.SubmissionPdfs.Add(new SubmissionPdf
                {
                    SubmissionId = submission.Id, Version = 1, Sha256 = sha, SizeBytes = pdf.Length, StorageKey = key, ReportJson = "{}",
                    CheckedAuthorsFingerprint = submission.AuthorsFingerprint,
                });
                return submission;
            }
            var paper1 = Submitted(1, "Plateaus and escapes near saddle points", "Optimization", Paper1Authors);
            var paper2 = Submitted(2, "Sharp minima and what they predict", "Generalization", Paper2Authors);
            db.Bids.Add(new Bid { ReviewerId = sam.Id, SubmissionId = paper2.Id, Value = BidValue.Eager, UpdatedAt = BiddingTime });
            await db.SaveChangesAsync();
            return new ReviewScene(call.Id, ev.Slug, rita.Id, paper1.Id, paper2.Id);
        });
    }

    public Task<Review?> RitasReviewAsync(BrowserApp app) =>
        app.WithScopeAsync(services => services.GetRequiredService<DeepMathDbContext>().Reviews.AsNoTracking()
            .SingleOrDefaultAsync(r => r.ReviewerId == Rita && r.SubmissionId == Paper1));
}
