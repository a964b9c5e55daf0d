using System.Net;
using System.Text.RegularExpressions;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Reviewing.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.Reviewing;

/// <summary>
/// The reviewer's journey as issue 16 found it: the account form from an invitation, the default load, the
/// states on the assigned list, the e-mail per assignment batch, the inline PDF, the other reviews, the
/// linked errors, the /reviewing steps and the reminders that stop at the deadline.
/// </summary>
[Collection(AppCollection.Name)]
public sealed partial class ReviewerJourneyTests(AppFixture app) : IAsyncLifetime
{
    private static readonly DateTimeOffset _reviewTime = new(2025, 9, 12, 12, 0, 0, TimeSpan.Zero);

    public Task InitializeAsync() => app.ResetAsync(_reviewTime);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_account_form_opened_from_an_invitation_is_prefilled_and_the_invitation_states_the_review_period()
    {
        var organizer = await app.CreateUserAsync("olga@deepmath.org", name: "Olga Organizer");
        var (_, call) = await app.CreateEventAsync(organizerIds: [organizer.Id]);
        await app.SetReviewsDueAsync(call.Id, ReviewScene.DueOn);
        using var olga = await app.SignedInAsync("olga@deepmath.org");
        using (await olga.InviteAsync(call.Id, "Nora Newcomer <nora@uni-n.edu>"))
        {
        }
        var link = await app.InvitationLinkAsync("nora@uni-n.edu");
        var mail = app.Smtp.To("nora@uni-n.edu").Single();
        Assert.Contains("The review period runs from 31 Aug 2025, when the call closes and bidding opens, until Saturday 20 September 2025, 23:59 (America/New_York)", mail.TextBody);

        using var visitor = app.NewSession();
        var (_, invitation) = await visitor.GetAsync(new Uri(link).PathAndQuery);
        var create = Href(invitation, "create-account");
        var (status, form) = await visitor.GetAsync(create);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Matches("id=\"DisplayName\"[^>]*value=\"Nora Newcomer\"|value=\"Nora Newcomer\"[^>]*id=\"DisplayName\"", form);
        Assert.Matches("id=\"Email\"[^>]*value=\"nora@uni-n.edu\"|value=\"nora@uni-n.edu\"[^>]*id=\"Email\"", form);
    }

    [Fact]
    public async Task The_profile_load_starts_from_the_calls_default()
    {
        var scene = await app.ReviewSceneAsync();
        using var rita = await app.SignedInAsync("rita@uni-a.edu");
        var profile = $"/calls/{scene.CallId}/reviewing/profile";
        // No default set: the fair share, 3 reviews × 3 abstracts over 2 reviewers, rounded up.
        Assert.Matches("id=\"MaxLoad\"[^>]*value=\"5\"", (await rita.GetAsync(profile)).Html);

        await app.SetReviewsDueAsync(scene.CallId, ReviewScene.DueOn, s => s.DefaultMaxLoad = 4);
        var (_, html) = await rita.GetAsync(profile);
        Assert.Matches("id=\"MaxLoad\"[^>]*value=\"4\"", html);
        Assert.Contains("The call's default is 4", WebUtility.HtmlDecode(html));
    }

    [Fact]
    public async Task The_assigned_list_shows_each_reviews_state_and_the_deadline_in_the_events_zone()
    {
        var scene = await app.ReviewSceneAsync();
        await app.AssignToReviewAsync(scene.CallId, scene.Rita, scene.Paper1, scene.Paper2);
        using var rita = await app.SignedInAsync("rita@uni-a.edu");
        using (await rita.PostFormAsync(scene.ReviewUrl(2), new Dictionary<string, string> { ["Overall"] = "6", ["Intent"] = "draft" }))
        {
        }
        var list = $"/calls/{scene.CallId}/assigned";
        var (_, html) = await rita.GetAsync(list);
        Assert.Equal("Not started", TestId(html, "review-state-1"));
        Assert.Equal("Draft", TestId(html, "review-state-2"));
        Assert.Contains("Reviews are due <strong>Saturday 20 September 2025, 23:59 (America/New_York)</strong>", html);

        using (await rita.PostFormAsync(scene.ReviewUrl(1), ReviewData.FullReview()))
        {
        }
        app.Clock.Freeze(ReviewScene.DueAt);
        (_, html) = await rita.GetAsync(list);
        Assert.Equal("Submitted", TestId(html, "review-state-1"));
        Assert.Equal("Late", TestId(html, "review-state-2"));
    }

    [Fact]
    public async Task Reviewers_get_one_email_per_assignment_batch_with_numbers_titles_and_the_deadline()
    {
        var scene = await app.ReviewSceneAsync();
        await app.AttachPdfAsync(scene.Paper1, Submissions.SubmissionForms.Pdf("ok-one-page.pdf"));
        await app.AttachPdfAsync(scene.Paper2, Submissions.SubmissionForms.Pdf("ok-one-page.pdf"));
        using var olga = await app.SignedInAsync("olga@deepmath.org");
        var page = $"/calls/{scene.CallId}/assignments";
        foreach (var paper in new[] { scene.Paper1, scene.Paper2 })
        {
            using var added = await olga.PostFormAsync(page, $"{page}/add", new Dictionary<string, string> { ["submissionId"] = paper.ToString(), ["reviewerId"] = scene.Sam.ToString() });
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }
        await app.DeliverMailAsync();
        await app.DeliverMailAsync();
        var mails = app.Smtp.To("sam@uni-b.edu");
        Assert.Equal(2, mails.Count); // one per batch: each manual addition is its own
        Assert.All(mails, m => Assert.Equal("DeepMath 2025: 1 abstract assigned to you for review", m.Subject));
        Assert.Single(mails, m => (m.TextBody ?? string.Empty).Contains("Abstract 1, \"Wide networks\"", StringComparison.Ordinal));
        Assert.Single(mails, m => (m.TextBody ?? string.Empty).Contains("Abstract 2, \"Sharp minima\"", StringComparison.Ordinal));
        Assert.All(mails, m => Assert.Contains("Reviews are due Saturday 20 September 2025, 23:59 (America/New_York).", m.TextBody));
        Assert.All(mails, m => Assert.DoesNotContain("Ada Quill", m.TextBody + m.HtmlBody));
        var keys = await app.WithScopeAsync(s => s.GetRequiredService<DeepMathDbContext>().OutboxMessages.AsNoTracking()
            .Where(m => m.IdempotencyKey.StartsWith("assignment-batch:")).Select(m => m.IdempotencyKey).ToListAsync());
        Assert.Equal(2, keys.Distinct().Count());
    }

    [Fact]
    public async Task The_pdf_opens_inline_in_the_browser_or_downloads()
    {
        var scene = await app.ReviewSceneAsync();
        await app.AttachPdfAsync(scene.Paper1, Submissions.SubmissionForms.Pdf("ok-one-page.pdf"));
        await app.AssignToReviewAsync(scene.CallId, scene.Rita, scene.Paper1);
        using var rita = await app.SignedInAsync("rita@uni-a.edu");
        var pdf = $"/calls/{scene.CallId}/assigned/{scene.Paper1}/pdf";

        using var inline = await rita.Client.GetAsync(pdf);
        Assert.Equal(HttpStatusCode.OK, inline.StatusCode);
        Assert.Equal("application/pdf", inline.Content.Headers.ContentType?.MediaType);
        Assert.Equal("inline", inline.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("deepmath-2025-1.pdf", inline.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var csp = string.Join(",", inline.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("object-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("object-src 'none'", csp);

        using var download = await rita.Client.GetAsync(pdf + "?download=true");
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);

        var (_, list) = await rita.GetAsync($"/calls/{scene.CallId}/assigned");
        Assert.Matches($"<a (?=[^>]*href=\"{Regex.Escape(pdf)}\")(?=[^>]*target=\"_blank\")[^>]*>Open PDF</a>", list);
        Assert.Contains($"href=\"{pdf}?download=true\"", list);
    }

    [Fact]
    public async Task After_submitting_a_reviewer_reads_the_other_reviews_without_names_unless_the_organizers_switch_it_off()
    {
        var scene = await app.ReviewSceneAsync();
        await app.AssignToReviewAsync(scene.CallId, scene.Rita, scene.Paper1);
        await app.AssignToReviewAsync(scene.CallId, scene.Sam, scene.Paper1);
        using var sam = await app.SignedInAsync("sam@uni-b.edu");
        using (await sam.PostFormAsync(scene.ReviewUrl(1), ReviewData.FullReview(comments: "Sam's view.\n\nA second paragraph.")))
        {
        }
        using var rita = await app.SignedInAsync("rita@uni-a.edu");
        var (_, before) = await rita.GetAsync(scene.ReviewUrl(1));
        Assert.DoesNotContain("data-testid=\"other-reviews\"", before);
        Assert.DoesNotContain("Sam&#x27;s view", before);

        using (await rita.PostFormAsync(scene.ReviewUrl(1), ReviewData.FullReview(comments: "Rita's view.")))
        {
        }
        var after = WebUtility.HtmlDecode((await rita.GetAsync(scene.ReviewUrl(1))).Html);
        var others = after[after.IndexOf("data-testid=\"other-reviews\"", StringComparison.Ordinal)..];
        Assert.Contains("Reviewer 1", others); // Sam began first: labelled as the authors will see it
        Assert.Contains("Sam's view.\n\nA second paragraph.", others);
        Assert.DoesNotContain("Sam Reviewer", after);
        Assert.DoesNotContain("Possibly a known group.", others); // confidential comments stay with the organizers
        foreach (var (name, email, affiliation) in ReviewScene.Authors)
        {
            Assert.DoesNotContain(name, after);
            Assert.DoesNotContain(email, after);
            Assert.DoesNotContain(affiliation, after);
        }

        await app.SetReviewsDueAsync(scene.CallId, ReviewScene.DueOn, s => s.ReviewersSeeOtherReviews = false);
        Assert.DoesNotContain("Sam&#x27;s view", (await rita.GetAsync(scene.ReviewUrl(1))).Html);
    }

    [Fact]
    public async Task Submit_errors_are_listed_in_the_forms_order_each_linked_to_its_marked_field()
    {
        var scene = await app.ReviewSceneAsync();
        await app.AssignToReviewAsync(scene.CallId, scene.Rita, scene.Paper1);
        using var rita = await app.SignedInAsync("rita@uni-a.edu");
        var attempt = ReviewData.FullReview(comments: " ");
        attempt["Scores[novelty]"] = "";
        attempt["Overall"] = "";
        using var failed = await rita.PostFormAsync(scene.ReviewUrl(1), attempt);
        Assert.Equal(HttpStatusCode.BadRequest, failed.StatusCode);
        var html = await failed.Content.ReadAsStringAsync();
        var summary = html[html.IndexOf("data-testid=\"review-errors\"", StringComparison.Ordinal)..html.IndexOf("</ul>", html.IndexOf("data-testid=\"review-errors\"", StringComparison.Ordinal), StringComparison.Ordinal)];
        Assert.Equal(["#score-novelty", "#score-overall", "#CommentsToAuthors"], [.. Regex.Matches(summary, "href=\"(#[^\"]+)\"").Select(m => m.Groups[1].Value)]);
        Assert.Matches("class=\"form-select mw-14em is-invalid\" id=\"score-novelty\"[^>]*aria-invalid=\"true\"", html);
        Assert.Matches("class=\"form-control is-invalid\" id=\"CommentsToAuthors\"[^>]*aria-invalid=\"true\"", html);
        Assert.DoesNotMatch("id=\"score-relevance\"[^>]*aria-invalid", html);
    }

    [Fact]
    public async Task Reviewing_stops_asking_for_the_profile_and_bids_once_those_steps_are_over()
    {
        var scene = await app.ReviewSceneAsync();
        await app.AssignToReviewAsync(scene.CallId, scene.Rita, scene.Paper1);
        using var rita = await app.SignedInAsync("rita@uni-a.edu");
        var (_, open) = await rita.GetAsync("/reviewing");
        Assert.Contains("Fill in your profile", open);
        Assert.Contains("Bid now", open);

        var profile = $"/calls/{scene.CallId}/reviewing/profile";
        using (await rita.PostFieldsAsync(profile, profile, [new("Topics", "Optimization"), new("MaxLoad", "4")]))
        {
        }
        app.Clock.Freeze(ReviewScene.DueAt.AddDays(1));
        var (_, later) = await rita.GetAsync("/reviewing");
        Assert.DoesNotContain("Fill in your profile", later);
        Assert.DoesNotContain("Bid now", later);
        Assert.Contains("data-testid=\"profile-done\"", later);
        Assert.Contains("0 of 1 submitted", later);
    }

    [Fact]
    public async Task Invitation_reminders_stop_at_the_review_deadline()
    {
        var organizer = await app.CreateUserAsync("olga@deepmath.org", name: "Olga Organizer");
        var (_, call) = await app.CreateEventAsync(zone: "UTC", organizerIds: [organizer.Id]);
        await app.SetReviewsDueAsync(call.Id, new DateOnly(2025, 9, 14));
        using var olga = await app.SignedInAsync("olga@deepmath.org");
        using (await olga.InviteAsync(call.Id, "late@uni-l.edu"))
        {
        }
        // Three days after the invitation a reminder is due, but reviews were due at the end of 14 September.
        app.Clock.Freeze(new DateTimeOffset(2025, 9, 15, 12, 0, 0, TimeSpan.Zero));
        Assert.Equal(0, await app.WithScopeAsync(s => s.GetRequiredService<RemindInvitedReviewersJob>().RunAsync(CancellationToken.None)));
        Assert.Equal(0, (await app.InvitationAsync("late@uni-l.edu")).RemindersSent);
    }

    /// <summary>The href of the link marked with <paramref name="testId"/>, whatever the order of its attributes.</summary>
    public static string Href(string html, string testId) =>
        WebUtility.HtmlDecode(Regex.Match(Regex.Match(html, $"<a [^>]*data-testid=\"{Regex.Escape(testId)}\"[^>]*>").Value, "href=\"([^\"]+)\"").Groups[1].Value);

    private static string TestId(string html, string id) =>
        WebUtility.HtmlDecode(Regex.Match(html, $"data-testid=\"{Regex.Escape(id)}\"[^>]*>([^<]*)<").Groups[1].Value).Trim();
}
