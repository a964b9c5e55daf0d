using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using DeepMath.IntegrationTests.Support;

namespace ProcessBench;

/// <summary>One author in a browser's shoes: register, confirm from the e-mail (which signs the browser in), upload and submit.</summary>
public sealed partial class Author(SurgeTarget app, SmtpListener smtp, Guid callId, int index, byte[] pdf, string title = "Abstract")
{
    public const string Password = "correct horse battery";

    private readonly HttpClient _client = app.NewClient();

    /// <summary>Each request's latency, named by its step (e.g. "GET /account/register").</summary>
    public List<(string Step, double Ms)> LatenciesMs { get; } = [];

    public string Email => $"author{index}@example.org";

    /// <returns>null on success, else the first step that failed.</returns>
    public async Task<string?> RunAsync()
    {
        try
        {
            if (await PostFormAsync("/account/register", "/account/register", Fields(
                ("DisplayName", $"Author {index}"), ("Email", Email), ("Password", Password), ("ConfirmPassword", Password))) != HttpStatusCode.Redirect)
            {
                return "register";
            }
            var link = await ConfirmationLinkAsync();
            if (link is null)
            {
                return "no confirmation mail";
            }
            var (confirmed, answer) = await GetAsync(link);
            if (confirmed != HttpStatusCode.OK)
            {
                return "confirm";
            }
            // The link's first use signs its browser in; sign in with the password only when it did not.
            if (!answer.Contains("you are signed in", StringComparison.Ordinal)
                && await PostFormAsync("/account/login", "/account/login", Fields(("Email", Email), ("Password", Password))) != HttpStatusCode.Redirect)
            {
                return "login";
            }
            var page = $"/calls/{callId}/submissions/new";
            var fields = Fields(("Title", $"{title} {index}"), ("Abstract", "We bound the generalization error of deep networks."),
                ("Topics", "Optimization"), ("Disciplines", "Mathematics"), ("Command", "submit"),
                ("Authors[0].Name", $"Author {index}"), ("Authors[0].Email", Email), ("Authors[0].Affiliation", "Institute of Testing"), ("Authors[0].Country", "Norway"));
            return await PostFormAsync(page, page, fields, pdf) == HttpStatusCode.Redirect ? null : "submit";
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return ex.GetType().Name;
        }
    }

    private async Task<string?> ConfirmationLinkAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < deadline)
        {
            if (smtp.To(Email).FirstOrDefault(m => (m.Subject ?? string.Empty).Contains("confirm", StringComparison.OrdinalIgnoreCase)) is { } mail
                && LinkPattern().Matches(mail.TextBody ?? string.Empty).Select(m => new Uri(m.Value)).FirstOrDefault(u => u.AbsolutePath.StartsWith("/account/confirm", StringComparison.Ordinal)) is { } uri)
            {
                return WebUtility.HtmlDecode(uri.PathAndQuery);
            }
            await Task.Delay(50);
        }
        return null;
    }

    private static List<(string, string)> Fields(params (string, string)[] fields) => [.. fields];

    private async Task<(HttpStatusCode Status, string Html)> GetAsync(string url)
    {
        var watch = Stopwatch.StartNew();
        using var response = await _client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        LatenciesMs.Add(("GET confirm link", watch.Elapsed.TotalMilliseconds));
        return (response.StatusCode, html);
    }

    private async Task<HttpStatusCode> PostFormAsync(string formPage, string action, List<(string Name, string Value)> fields, byte[]? file = null)
    {
        var watch = Stopwatch.StartNew();
        string html;
        using (var form = await _client.GetAsync(formPage))
        {
            html = await form.Content.ReadAsStringAsync();
        }
        LatenciesMs.Add(($"GET {StepName(formPage)}", watch.Elapsed.TotalMilliseconds));
        var token = TokenPattern().Match(html);
        if (!token.Success)
        {
            return HttpStatusCode.InternalServerError;
        }
        using var content = new MultipartFormDataContent { { new StringContent(WebUtility.HtmlDecode(token.Groups[1].Value)), "__RequestVerificationToken" } };
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }
        if (file is not null)
        {
            var part = new ByteArrayContent(file);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            content.Add(part, "Pdf", "abstract.pdf");
        }
        watch.Restart();
        using var response = await _client.PostAsync(action, content);
        await response.Content.ReadAsStringAsync();
        LatenciesMs.Add(($"POST {StepName(action)}", watch.Elapsed.TotalMilliseconds));
        return response.StatusCode;
    }

    private static string StepName(string path) => path.Contains("/submissions/", StringComparison.Ordinal) ? "submission" : path;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"https?://[^\s""<>]+")]
    private static partial Regex LinkPattern();
}
