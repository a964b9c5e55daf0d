using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Organisations.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.Organisations;

/// <summary>An organisation with a manager, an award round created through its form, and applications made through theirs.</summary>
public static partial class AwardForms
{
    public const string Slug = "spp-test";

    public static Task<Organisation> CreateOrganisationAsync(this AppFixture app, string managerId) =>
        app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<DeepMathDbContext>();
            var organisation = new Organisation
            {
                Slug = Slug, Name = "Theory of Deep Learning Programme", CreatedAt = app.Clock.GetUtcNow(),
                Figures = [new OrganisationFigure { Position = 0, Number = 23, Label = "projects" }],
            };
            db.Organisations.Add(organisation);
            db.OrganisationManagers.Add(new OrganisationManager { OrganisationId = organisation.Id, UserId = managerId });
            await db.SaveChangesAsync();
            return organisation;
        });

    /// <summary>Posts the "New award call" form as <paramref name="manager"/>; returns the call's id.</summary>
    public static async Task<Guid> CreateRoundAsync(this WebSession manager, string year = "2025")
    {
        var page = $"/organisations/{Slug}/awards/new";
        using var response = await manager.PostFormAsync(page, new Dictionary<string, string>
        {
            ["Form.AwardName"] = "Best Thesis Award", ["Form.Year"] = year, ["Form.OpensOn"] = "2025-07-01", ["Form.ClosesOn"] = "2025-09-30",
            ["Form.DecidedOn"] = "2025-11-06", ["Form.TimeZoneId"] = "Europe/Berlin", ["Form.Disciplines"] = "Mathematics\nComputer science",
        });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);
    }

    /// <summary>Posts the application form with a thesis and a CV; returns the answer (a redirect to the application on success).</summary>
    public static async Task<HttpResponseMessage> ApplyAsync(this WebSession applicant, Guid callId, string name, string supervisorEmail, byte[] thesis, byte[]? cv = null)
    {
        var page = $"/awards/{callId}/apply";
        var (status, html) = await applicant.GetAsync(page);
        Assert.Equal(HttpStatusCode.OK, status);
        var token = TokenPattern().Match(html);
        Assert.True(token.Success, $"{page} has no antiforgery token.");
        var content = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(token.Groups[1].Value)), "__RequestVerificationToken" },
            { new StringContent("Implicit bias in deep networks"), "Form.ThesisTitle" },
            { new StringContent("We show that gradient descent on deep networks prefers simple solutions."), "Form.Summary" },
            { new StringContent(name), "Form.Name" },
            { new StringContent("University of Testing"), "Form.Affiliation" },
            { new StringContent("Germany"), "Form.Country" },
            { new StringContent("Mathematics"), "Form.Discipline" },
            { new StringContent("Sam Supervisor"), "Form.SupervisorName" },
            { new StringContent(supervisorEmail), "Form.SupervisorEmail" },
        };
        Add(content, "thesis", "thesis.pdf", thesis);
        Add(content, "cv", "cv.pdf", cv ?? ThesisPdf.Letter($"CV of {name}"));
        return await applicant.Client.PostAsync(page, content);
    }

    public static async Task<Guid> ApplyOkAsync(this WebSession applicant, Guid callId, string name, string supervisorEmail, byte[] thesis)
    {
        using var response = await applicant.ApplyAsync(callId, name, supervisorEmail, thesis);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);
    }

    /// <summary>Posts a letter through an upload link (path and query) with the page's antiforgery token.</summary>
    public static async Task<HttpResponseMessage> UploadLetterAsync(this WebSession visitor, string link, byte[] letter)
    {
        var (status, html) = await visitor.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, status);
        var token = TokenPattern().Match(html);
        var content = new MultipartFormDataContent { { new StringContent(WebUtility.HtmlDecode(token.Groups[1].Value)), "__RequestVerificationToken" } };
        Add(content, "letter", "letter.pdf", letter);
        return await visitor.Client.PostAsync(link, content);
    }

    /// <summary>Posts a letter to <paramref name="link"/> with a token taken from another page that has a form (the link itself may not open).</summary>
    public static async Task<HttpResponseMessage> UploadLetterWithTokenFromAsync(this WebSession visitor, string formPage, string link, byte[] letter)
    {
        var (_, html) = await visitor.GetAsync(formPage);
        var token = TokenPattern().Match(html);
        Assert.True(token.Success, $"{formPage} has no antiforgery token.");
        var content = new MultipartFormDataContent { { new StringContent(WebUtility.HtmlDecode(token.Groups[1].Value)), "__RequestVerificationToken" } };
        Add(content, "letter", "letter.pdf", letter);
        return await visitor.Client.PostAsync(link, content);
    }

    private static void Add(MultipartFormDataContent content, string name, string fileName, byte[] bytes)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        content.Add(file, name, fileName);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
