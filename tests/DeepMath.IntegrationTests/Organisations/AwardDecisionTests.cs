using System.Net;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Organisations.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.Organisations;

/// <summary>The decision step of an award round: one award per applicant and round, and the winner announced as news.</summary>
[Collection(AppCollection.Name)]
public sealed class AwardDecisionTests(AppFixture app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_second_award_to_the_same_applicant_in_one_round_is_refused_with_a_message_and_the_winner_is_announced_as_news()
    {
        using var round = await AwardRound.OpenAsync(app);
        var (olga, callId) = (round.Manager, round.CallId);
        var ada = await round.ApplicantAsync("ada@example.org", "Ada Quill");
        var ben = await round.ApplicantAsync("ben@example.org", "Ben Marsh");
        var adaId = await ada.ApplyOkAsync(callId, "Ada Quill", "sam@uni.example", ThesisPdf.Create(2, "Ada Quill", "ada@example.org"));
        var benId = await ben.ApplyOkAsync(callId, "Ben Marsh", "kim@uni.example", ThesisPdf.Create(2, "Ben Marsh", "ben@example.org"));
        // A second application by Ada in the same round, as if made before the one-application rule (the form refuses it).
        var adaSecond = await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<DeepMathDbContext>();
            var first = await db.AwardApplications.AsNoTracking().SingleAsync(a => a.Id == adaId);
            var second = new AwardApplication
            {
                CallId = callId, SubmissionId = Guid.CreateVersion7(), Number = 9, ApplicantUserId = first.ApplicantUserId, ApplicantName = "Ada Quill",
                ApplicantEmail = first.ApplicantEmail, ThesisTitle = "Another thesis", SupervisorName = "Sam", SupervisorEmail = "sam@uni.example",
                LetterTokenHash = AwardApplication.Hash(AwardApplication.NewSecret()), CreatedAt = app.Clock.GetUtcNow(),
            };
            db.AwardApplications.Add(second);
            await db.SaveChangesAsync();
            return second.Id;
        });
        // The application form itself refuses a second application by the same account.
        using (var again = await ada.ApplyAsync(callId, "Ada Quill", "sam@uni.example", ThesisPdf.Create(2, "Ada Quill", "ada@example.org")))
        {
            Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
            Assert.Contains("You have applied in this round", await again.Content.ReadAsStringAsync());
        }

        var page = $"/organisations/{AwardForms.Slug}/awards/{callId}";
        using (var given = await olga.PostFormAsync(page, $"{page}/give", new Dictionary<string, string> { ["applicationId"] = adaId.ToString(), ["title"] = "Winner" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, given.StatusCode);
        }
        foreach (var application in new[] { adaId, adaSecond })
        {
            using var refused = await olga.PostFormAsync(page, $"{page}/give", new Dictionary<string, string> { ["applicationId"] = application.ToString(), ["title"] = "Honourable mention" });
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            Assert.Contains("Ada Quill already has an award in this round (Winner, application 1)", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        }
        using (var other = await olga.PostFormAsync(page, $"{page}/give", new Dictionary<string, string> { ["applicationId"] = benId.ToString(), ["title"] = "Honourable mention" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
        }
        var awards = await app.WithScopeAsync(async services =>
            await services.GetRequiredService<DeepMathDbContext>().Awards.AsNoTracking().OrderBy(a => a.AwardedAt).ToListAsync());
        Assert.Equal([adaId, benId], awards.Select(a => a.ApplicationId));

        // Only the organisation's managers decide.
        using (var intruder = await ada.PostFormAsync($"/organisations/{AwardForms.Slug}", $"{page}/give", new Dictionary<string, string> { ["applicationId"] = adaSecond.ToString() }))
        {
            Assert.Equal(HttpStatusCode.NotFound, intruder.StatusCode);
        }

        using var announce = await olga.PostFormAsync(page, $"{page}/awards/{awards[0].Id}/announce", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, announce.StatusCode);
        var editor = announce.Headers.Location!.OriginalString;
        var (_, draft) = await olga.GetAsync(editor);
        Assert.Contains("Best Thesis Award 2025 goes to Ada Quill", draft);
        Assert.Contains("Implicit bias in deep networks", draft);
        // A draft until published: visitors do not see it.
        using var visitor = app.NewSession();
        var (_, before) = await visitor.GetAsync($"/organisations/{AwardForms.Slug}");
        Assert.DoesNotContain("goes to Ada Quill", before);
        using (var published = await olga.PostFormAsync(editor, new Dictionary<string, string>
        {
            ["Form.Title"] = "Best Thesis Award 2025 goes to Ada Quill", ["Form.PublishedOn"] = "2025-11-06",
            ["Form.Body"] = "Congratulations to **Ada Quill**.", ["Form.Publish"] = "true",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        }
        var (_, after) = await visitor.GetAsync($"/organisations/{AwardForms.Slug}");
        Assert.Contains("Best Thesis Award 2025 goes to Ada Quill", after);
    }
}
