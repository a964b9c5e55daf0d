using System.Diagnostics;
using System.Net;
using DeepMath.AbstractFormat;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Organisations.Domain;
using DeepMath.Web.Modules.Submissions.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace DeepMath.IntegrationTests.Organisations;

/// <summary>Award calls: applications with a thesis of any length that names its author, a CV, and the supervisor's letter by link.</summary>
[Collection(AppCollection.Name)]
public sealed class AwardApplicationTests(AppFixture app, ITestOutputHelper output) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_award_call_skips_anonymity_and_template_rules_and_accepts_a_120_page_thesis_then_mails_the_supervisor()
    {
        using var round = await AwardRound.OpenAsync(app);
        var callId = round.CallId;

        var session = await round.ApplicantAsync("ada@example.org", "Ada Quill");
        var thesis = ThesisPdf.Create(120, "Ada Quill", "ada@example.org");
        Assert.InRange(thesis.Length, 1, 10 * 1024 * 1024);

        // The same file breaks a DeepMath abstract's rules: too many pages, the author named, no template stamp.
        var strict = new FormatChecker().Check(thesis, FormatRules.Default, [new ListedAuthor("Ada Quill", "ada@example.org")], []);
        Assert.Contains(strict.Errors, e => e.Code == FindingCodes.TemplateMissing);
        Assert.Contains(strict.Errors, e => e.Code.StartsWith("anonymity", StringComparison.Ordinal));
        Assert.Contains(strict.Errors, e => e.Code == FindingCodes.PagesTooMany);

        var watch = Stopwatch.StartNew();
        var applicationId = await session.ApplyOkAsync(callId, "Ada Quill", "sam@uni.example", thesis);
        output.WriteLine($"120-page thesis ({thesis.Length / 1024} KiB) applied in {watch.ElapsedMilliseconds} ms (machine shared with other builds).");

        var (call, pdf, submission, application) = await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<DeepMathDbContext>();
            var application = await db.AwardApplications.SingleAsync(a => a.Id == applicationId);
            return (await db.Calls.SingleAsync(c => c.Id == callId), await db.SubmissionPdfs.SingleAsync(p => p.SubmissionId == application.SubmissionId),
                await db.Submissions.SingleAsync(s => s.Id == application.SubmissionId), application);
        });
        Assert.False(call.DoubleBlind);
        Assert.False(call.FormatRules!.CheckAnonymity);
        Assert.Null(call.FormatRules.TemplateKey);
        Assert.Equal(0, pdf.ErrorCount);
        Assert.Equal(120, System.Text.Json.JsonDocument.Parse(pdf.ReportJson).RootElement.GetProperty("pages").GetInt32());
        Assert.Equal(SubmissionState.Submitted, submission.State);
        Assert.Null(submission.ExceptionState);
        Assert.Equal("ada@example.org", application.ApplicantEmail);

        var (_, page) = await session.GetAsync($"/awards/applications/{applicationId}");
        Assert.Contains("not yet received", page);
        await app.DeliverMailAsync();
        var mail = Assert.Single(app.Smtp.To("sam@uni.example"));
        Assert.Contains("Ada Quill", mail.TextBody);
        var link = MailLinks.Find(mail, $"/awards/applications/{applicationId}/letter/");
        // The secret: 256 bits, URL-safe, stored only as its SHA-256.
        var secret = link.Split('/')[^1];
        Assert.True(secret.Length >= 43, secret);
        Assert.Equal(AwardApplication.Hash(secret), application.LetterTokenHash);
        Assert.DoesNotContain(secret, application.LetterTokenHash, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_supervisor_link_cannot_be_guessed_nor_used_for_another_application_nor_used_again()
    {
        using var round = await AwardRound.OpenAsync(app);
        var (managerSession, callId) = (round.Manager, round.CallId);
        var ada = await round.ApplicantAsync("ada@example.org", "Ada Quill");
        var ben = await round.ApplicantAsync("ben@example.org", "Ben Marsh");
        var adaId = await ada.ApplyOkAsync(callId, "Ada Quill", "sam@uni.example", ThesisPdf.Create(3, "Ada Quill", "ada@example.org"));
        var benId = await ben.ApplyOkAsync(callId, "Ben Marsh", "kim@uni.example", ThesisPdf.Create(3, "Ben Marsh", "ben@example.org"));
        await app.DeliverMailAsync();
        var adaLink = MailLinks.Find(Assert.Single(app.Smtp.To("sam@uni.example")), $"/awards/applications/{adaId}/letter/");
        var secret = adaLink.Split('/')[^1];

        using var stranger = app.NewSession();
        var guessed = $"/awards/applications/{adaId}/letter/{secret[..^4]}AAAA";
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(guessed)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/awards/applications/{adaId}/letter/x")).Status);
        using (var post = await stranger.UploadLetterWithTokenFromAsync("/account/login", guessed, ThesisPdf.Letter("forged")))
        {
            Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        }
        // Ada's secret does not open Ben's application.
        var crossed = $"/awards/applications/{benId}/letter/{secret}";
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(crossed)).Status);
        using (var post = await stranger.UploadLetterWithTokenFromAsync("/account/login", crossed, ThesisPdf.Letter("forged for Ben")))
        {
            Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        }

        using var supervisor = app.NewSession();
        var letter = ThesisPdf.Letter("Ada's thesis is excellent.");
        using (var uploaded = await supervisor.UploadLetterAsync(adaLink, letter))
        {
            Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        }
        var (usedStatus, used) = await supervisor.GetAsync(adaLink);
        Assert.Equal(HttpStatusCode.Gone, usedStatus);
        Assert.Contains("letter-received", used);
        Assert.DoesNotContain("name=\"letter\"", used);
        // Someone else with a copy of the link cannot replace the letter.
        using var copy = app.NewSession();
        using (var replaced = await copy.UploadLetterWithTokenFromAsync("/account/login", adaLink, ThesisPdf.Letter("a replacement")))
        {
            Assert.Equal(HttpStatusCode.Gone, replaced.StatusCode);
        }

        var files = await app.WithScopeAsync(async services =>
            await services.GetRequiredService<DeepMathDbContext>().ApplicationFiles.Where(f => f.Kind == ApplicationFileKind.SupervisorLetter)
                .Select(f => new { f.ApplicationId, f.Sha256 }).ToListAsync());
        var stored = Assert.Single(files);
        Assert.Equal(adaId, stored.ApplicationId);
        Assert.Equal(PdfUpload.Sha256(letter), stored.Sha256);

        // The letter is confidential: the applicant sees that it arrived, the manager reads it.
        Assert.Equal(HttpStatusCode.NotFound, (await ada.GetAsync($"/awards/applications/{adaId}/files/SupervisorLetter")).Status);
        Assert.Equal(HttpStatusCode.OK, (await managerSession.GetAsync($"/awards/applications/{adaId}/files/SupervisorLetter")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await ben.GetAsync($"/awards/applications/{adaId}")).Status);
        await app.DeliverMailAsync();
        Assert.Contains(app.Smtp.To("ada@example.org"), m => m.Subject?.Contains("letter is in", StringComparison.Ordinal) == true);
    }
}
