using System.Net;
using System.Text.RegularExpressions;

namespace DeepMath.IntegrationTests.Support;

/// <summary>One visitor: a cookie jar and helpers that fill forms the way a browser posts them, antiforgery token included.</summary>
public sealed partial class WebSession(HttpClient client) : IDisposable
{
    public HttpClient Client => client;

    public async Task<(HttpStatusCode Status, string Html)> GetAsync(string url)
    {
        using var response = await client.GetAsync(url);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Opens <paramref name="formPage"/>, takes its antiforgery token, and posts <paramref name="fields"/> to <paramref name="action"/>.</summary>
    public Task<HttpResponseMessage> PostFormAsync(string formPage, string action, IDictionary<string, string> fields) =>
        PostFieldsAsync(formPage, action, fields);

    /// <summary>As <see cref="PostFormAsync(string, string, IDictionary{string, string})"/>, where a name may repeat (checkboxes).</summary>
    public async Task<HttpResponseMessage> PostFieldsAsync(string formPage, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var (status, html) = await GetAsync(formPage);
        if (status != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {formPage} answered {(int)status}.");
        }
        var token = TokenPattern().Match(html);
        if (!token.Success)
        {
            throw new InvalidOperationException($"{formPage} has no antiforgery token.");
        }
        var body = fields.Append(new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value)));
        return await client.PostAsync(action, new FormUrlEncodedContent(body));
    }

    public Task<HttpResponseMessage> PostFormAsync(string page, IDictionary<string, string> fields) => PostFormAsync(page, page, fields);

    public async Task<HttpResponseMessage> LoginAsync(string email, string password) =>
        await PostFormAsync("/account/login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });

    /// <summary>Registers, and signs in as the "Check your e-mail" page invites; returns the registration's answer.</summary>
    public async Task<HttpResponseMessage> RegisterAsync(string name, string email, string password)
    {
        var registered = await RegisterOnlyAsync(name, email, password);
        if (registered.StatusCode == HttpStatusCode.Redirect)
        {
            using var _ = await LoginAsync(email, password);
        }
        return registered;
    }

    /// <summary>Posts the registration form only: registering never signs in.</summary>
    public async Task<HttpResponseMessage> RegisterOnlyAsync(string name, string email, string password) =>
        await PostFormAsync("/account/register", new Dictionary<string, string>
        {
            ["DisplayName"] = name, ["Email"] = email, ["Password"] = password, ["ConfirmPassword"] = password,
        });

    public void Dispose() => client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
