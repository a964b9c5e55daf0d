using System.Net;
using System.Net.Http.Headers;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.Events;

/// <summary>Speaker profiles: kept by organizers, a PNG or JPEG photo within the limit served by the app, anything else refused.</summary>
[Collection(AppCollection.Name)]
public sealed class SpeakerPhotoTests(AppFixture app) : IAsyncLifetime
{
    private static readonly byte[] Png =
        Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_organizer_uploads_a_png_photo_that_the_app_serves_and_a_text_file_is_refused()
    {
        var organizer = await app.CreateUserAsync("olga@example.org");
        await app.CreateSeriesAsync(organizer.Id);
        using var olga = app.NewSession();
        await olga.LoginAsync("olga@example.org", TestData.Password);

        var refused = await PostAsync(olga, "not an image"u8.ToArray(), "photo.png");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("The photo is not a PNG or JPEG image", await refused.Content.ReadAsStringAsync());
        Assert.Equal(0, await app.WithScopeAsync(s => s.GetRequiredService<DeepMathDbContext>().Speakers.CountAsync()));

        var saved = await PostAsync(olga, Png, "su.png");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var profile = saved.Headers.Location!.ToString();
        using var visitor = app.NewSession();
        var (_, page) = await visitor.GetAsync(profile);
        Assert.Contains("University of Pennsylvania", page);
        var photo = await visitor.Client.GetAsync(profile + "/photo");
        Assert.Equal("image/png", photo.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Png, await photo.Content.ReadAsByteArrayAsync());

        await app.CreateUserAsync("eve@example.org");
        using var eve = app.NewSession();
        await eve.LoginAsync("eve@example.org", TestData.Password);
        Assert.True((await eve.GetAsync("/speakers/new")).Status is HttpStatusCode.Forbidden or HttpStatusCode.Redirect);
    }

    private static async Task<HttpResponseMessage> PostAsync(WebSession session, byte[] bytes, string fileName)
    {
        var (_, form) = await session.GetAsync("/speakers/new");
        var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(token)), "__RequestVerificationToken" },
            { new StringContent("Weijie Su"), "Name" },
            { new StringContent("University of Pennsylvania"), "Affiliation" },
            { new StringContent("Works on the mathematical theory of deep learning."), "Biography" },
        };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        content.Add(file, "photo", fileName);
        return await session.Client.PostAsync("/speakers/new", content);
    }
}
