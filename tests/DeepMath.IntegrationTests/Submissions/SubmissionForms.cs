using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using DeepMath.IntegrationTests.Support;

namespace DeepMath.IntegrationTests.Submissions;

/// <summary>Fills the submission form as a browser does: multipart, with the antiforgery token and an optional PDF.</summary>
public static partial class SubmissionForms
{
    public const string Abstract = "We bound the generalization error of deep networks trained by gradient descent.";

    private static readonly Lazy<string> _root = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "DeepMath.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("DeepMath.sln not found above the test binaries.");
    });

    private static readonly Lazy<string> _fixtures = new(() => Path.Combine(_root.Value, "tests", "fixtures", "abstracts"));

    /// <summary>The folder holding DeepMath.sln.</summary>
    public static string RepositoryRoot => _root.Value;

    /// <summary>A PDF from tests/fixtures/abstracts (see its README for what each one breaks).</summary>
    public static byte[] Pdf(string name) => File.ReadAllBytes(Path.Combine(_fixtures.Value, name));

    public static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>A complete form: title, abstract, the authors in order, one topic and one discipline of the test call.</summary>
    public static List<KeyValuePair<string, string>> Fields(string title, string command, params (string Name, string Email)[] authors)
    {
        var fields = new List<KeyValuePair<string, string>> { new("Title", title), new("Abstract", Abstract), new("Topics", "Optimization"), new("Disciplines", "Mathematics"), new("Command", command) };
        for (var i = 0; i < authors.Length; i++)
        {
            fields.Add(new($"Authors[{i}].Name", authors[i].Name));
            fields.Add(new($"Authors[{i}].Email", authors[i].Email));
            fields.Add(new($"Authors[{i}].Affiliation", "Institute of Testing"));
            fields.Add(new($"Authors[{i}].Country", "Norway"));
        }
        return fields;
    }

    public static async Task<HttpResponseMessage> PostSubmissionAsync(this WebSession session, string formPage, string action,
        IEnumerable<KeyValuePair<string, string>> fields, byte[]? pdf = null)
    {
        var (status, html) = await session.GetAsync(formPage);
        Assert.Equal(HttpStatusCode.OK, status);
        var token = TokenPattern().Match(html);
        Assert.True(token.Success, $"{formPage} has no antiforgery token.");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(token.Groups[1].Value)), "__RequestVerificationToken" },
        };
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }
        if (pdf is not null)
        {
            var file = new ByteArrayContent(pdf);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            content.Add(file, "Pdf", "abstract.pdf");
        }
        return await session.Client.PostAsync(action, content);
    }

    /// <summary>An open call in UTC and Ada, signed in as its author-to-be.</summary>
    public static async Task<(WebSession Session, Guid CallId)> AuthorAtOpenCallAsync(this AppFixture app)
    {
        var (_, call) = await app.CreateEventAsync(zone: "UTC");
        var user = await app.CreateUserAsync("ada@example.org");
        var session = app.NewSession();
        await session.LoginAsync(user.Email!, TestData.Password);
        return (session, call.Id);
    }

    /// <summary>Creates a submission through the call's form and returns its id (from the redirect).</summary>
    public static async Task<Guid> CreateAsync(this WebSession session, Guid callId, IEnumerable<KeyValuePair<string, string>> fields, byte[]? pdf = null)
    {
        var page = $"/calls/{callId}/submissions/new";
        using var response = await session.PostSubmissionAsync(page, page, fields, pdf);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);
    }

    public static Task<HttpResponseMessage> SaveAsync(this WebSession session, Guid id, IEnumerable<KeyValuePair<string, string>> fields, byte[]? pdf = null) =>
        session.PostSubmissionAsync($"/submissions/{id}", $"/submissions/{id}", fields, pdf);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
