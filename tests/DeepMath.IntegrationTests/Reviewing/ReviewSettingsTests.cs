using System.Net;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Reviewing.Contracts;
using DeepMath.Web.Modules.Reviewing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.Reviewing;

/// <summary>Organizers shape the review form and its dates; nothing that submitted scores depend on can be taken away.</summary>
[Collection(AppCollection.Name)]
public sealed class ReviewSettingsTests(AppFixture app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync(new DateTimeOffset(2025, 9, 12, 12, 0, 0, TimeSpan.Zero));

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_organizer_renames_adds_and_removes_criteria_and_sets_the_dates()
    {
        var scene = await app.ReviewSceneAsync();
        using var olga = await app.SignedInAsync("olga@deepmath.org");
        var url = $"/calls/{scene.CallId}/review-settings";
        var (status, html) = await olga.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("value=\"Relevance\"", html);

        var fields = DefaultFields();
        fields["Criteria[0].Label"] = "Fit to the meeting";
        fields["Criteria[3].Remove"] = "true";
        fields["Criteria[4].Label"] = "Reproducibility";
        fields["Criteria[4].Min"] = "0";
        fields["Criteria[4].Max"] = "3";
        fields["OverallMax"] = "7";
        fields["BiddingClosesOn"] = "2025-09-10";
        fields["ReviewsDueOn"] = "2025-09-25";
        fields["InvitationReminderDays"] = "5";
        using var saved = await olga.PostFormAsync(url, fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var settings = await SettingsAsync(scene.CallId);
        Assert.Equal(["relevance", "novelty", "rigor", "reproducibility"], settings.Form.Criteria.Select(c => c.Key));
        Assert.Equal("Fit to the meeting", settings.Form.Criteria[0].Label);
        Assert.Equal((0, 3), (settings.Form.Criteria[3].Min, settings.Form.Criteria[3].Max));
        Assert.Equal(7, settings.Form.Overall.Max);
        Assert.Equal(new DateOnly(2025, 9, 25), settings.ReviewsDueOn);
        Assert.Equal(new DateOnly(2025, 9, 10), settings.BiddingClosesOn);
        Assert.Equal(5, settings.InvitationReminderDays);

        // Bidding now ends as 2025-09-10 begins in New York.
        using var rita = await app.SignedInAsync("rita@uni-a.edu");
        var (_, bidding) = await rita.GetAsync($"/calls/{scene.CallId}/bidding");
        Assert.Contains("until 2025-09-10 00:00", bidding);
        // The review form asks the new questions.
        await app.AssignToReviewAsync(scene.CallId, scene.Rita, scene.Paper1);
        var (_, form) = await rita.GetAsync(scene.ReviewUrl(1));
        Assert.Contains("Fit to the meeting (1–5)", WebUtility.HtmlDecode(form));
        Assert.Contains("Reproducibility (0–3)", WebUtility.HtmlDecode(form));
        Assert.DoesNotContain("Clarity", form);
    }

    [Fact]
    public async Task Bad_dates_and_scales_are_refused_with_what_to_do_and_nothing_is_saved()
    {
        var scene = await app.ReviewSceneAsync();
        using var olga = await app.SignedInAsync("olga@deepmath.org");
        var url = $"/calls/{scene.CallId}/review-settings";
        var fields = DefaultFields();
        fields["ReviewsDueOn"] = "2025-10-02";
        fields["BiddingClosesOn"] = "2025-09-01";
        fields["Criteria[1].Min"] = "5";
        fields["Criteria[1].Max"] = "2";
        fields["Criteria[2].Label"] = "";
        fields["InvitationReminderDays"] = "0";
        using var response = await olga.PostFormAsync(url, fields);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Reviews must be due before decisions are sent on 2025-10-01; choose 2025-09-30 or earlier", html);
        Assert.Contains("choose 2025-09-02 or later", html);
        Assert.Contains("The scale of \"Novelty\" needs whole numbers from 0 to 100", html);
        Assert.Contains("Criterion 3 needs a name", html);
        Assert.Contains("Invitation reminders go out after 1 to 30 days", html);
        Assert.Contains("value=\"2025-10-02\"", html); // what was typed comes back
        Assert.Equal(ReviewScene.DueOn, (await SettingsAsync(scene.CallId)).ReviewsDueOn);
        AssertDefaultForm((await SettingsAsync(scene.CallId)).Form);

        fields = DefaultFields();
        fields["ReviewsDueOn"] = "2025-08-31";
        using var early = await olga.PostFormAsync(url, fields);
        Assert.Contains("Reviews must be due after the call closes on 2025-08-31; choose 2025-09-01 or later.", WebUtility.HtmlDecode(await early.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Changes_that_would_orphan_submitted_scores_are_refused_but_renaming_is_allowed()
    {
        var scene = await app.ReviewSceneAsync();
        await app.AssignToReviewAsync(scene.CallId, scene.Sam, scene.Paper2);
        using var sam = await app.SignedInAsync("sam@uni-b.edu");
        using var submitted = await sam.PostFormAsync(scene.ReviewUrl(2), ReviewData.FullReview(overall: 8));
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);

        using var olga = await app.SignedInAsync("olga@deepmath.org");
        var url = $"/calls/{scene.CallId}/review-settings";
        var fields = DefaultFields();
        fields["Criteria[2].Remove"] = "true";
        fields["OverallMax"] = "5";
        fields["Criteria[0].Max"] = "4";
        using var refused = await olga.PostFormAsync(url, fields);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("\"Rigor\" cannot be removed: 1 submitted review(s) score it.", html);
        Assert.Contains("\"Overall\" cannot become 1–5: submitted reviews gave scores from 8 to 8.", html);
        Assert.Contains("\"Relevance\" cannot become 1–4", html);
        AssertDefaultForm((await SettingsAsync(scene.CallId)).Form);

        fields = DefaultFields();
        fields["Criteria[2].Label"] = "Soundness";
        fields["OverallMax"] = "12";
        using var renamed = await olga.PostFormAsync(url, fields);
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        var form = (await SettingsAsync(scene.CallId)).Form;
        Assert.Equal(("rigor", "Soundness"), (form.Criteria[2].Key, form.Criteria[2].Label));
        Assert.Equal(12, form.Overall.Max);
    }

    [Fact]
    public async Task Reviewers_and_strangers_get_404()
    {
        var scene = await app.ReviewSceneAsync();
        using var rita = await app.SignedInAsync("rita@uni-a.edu");
        Assert.Equal(HttpStatusCode.NotFound, (await rita.GetAsync($"/calls/{scene.CallId}/review-settings")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await rita.GetAsync($"/calls/{scene.CallId}/review-progress")).Status);
        using var olga = await app.SignedInAsync("olga@deepmath.org");
        Assert.Equal(HttpStatusCode.NotFound, (await olga.GetAsync($"/calls/{Guid.NewGuid()}/review-settings")).Status);
    }

    /// <summary>The default form's fields as the page posts them, plus the empty row for a new criterion.</summary>
    private static Dictionary<string, string> DefaultFields()
    {
        var fields = new Dictionary<string, string>();
        var criteria = ReviewForm.Default.Criteria;
        for (var i = 0; i < criteria.Count; i++)
        {
            fields[$"Criteria[{i}].Key"] = criteria[i].Key;
            fields[$"Criteria[{i}].Label"] = criteria[i].Label;
            fields[$"Criteria[{i}].Help"] = criteria[i].Help ?? string.Empty;
            fields[$"Criteria[{i}].Min"] = criteria[i].Min.ToString(System.Globalization.CultureInfo.InvariantCulture);
            fields[$"Criteria[{i}].Max"] = criteria[i].Max.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        fields[$"Criteria[{criteria.Count}].Key"] = "";
        fields[$"Criteria[{criteria.Count}].Label"] = "";
        fields[$"Criteria[{criteria.Count}].Min"] = "1";
        fields[$"Criteria[{criteria.Count}].Max"] = "5";
        fields["OverallMin"] = "1";
        fields["OverallMax"] = "10";
        fields["ConfidenceMin"] = "1";
        fields["ConfidenceMax"] = "5";
        fields["ReviewsDueOn"] = "2025-09-20";
        fields["BiddingClosesOn"] = "";
        fields["InvitationReminderDays"] = "3";
        return fields;
    }

    private static void AssertDefaultForm(ReviewForm form)
    {
        Assert.Equal(ReviewForm.Default.Criteria, form.Criteria);
        Assert.Equal(ReviewForm.Default.Overall, form.Overall);
        Assert.Equal(ReviewForm.Default.Confidence, form.Confidence);
    }

    private Task<ReviewSettings> SettingsAsync(Guid callId) =>
        app.WithScopeAsync(s => s.GetRequiredService<DeepMathDbContext>().ReviewSettings.AsNoTracking().SingleAsync(x => x.CallId == callId));
}
