using System.IO.Compression;
using System.Net;
using System.Text;
using DeepMath.IntegrationTests.Submissions;
using DeepMath.IntegrationTests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace DeepMath.IntegrationTests.Reviewing;

/// <summary>
/// An author uploads an abstract whose JPEG figure names them in its comment, XMP and IPTC segments
/// (tests/fixtures/blind-corpus/jpeg-segments.pdf). The checker tells the author where; the organizer
/// grants the exception the author asks for; the assigned reviewer's copy holds the name nowhere.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class BlindPdfTests(AppFixture app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_identity_hidden_in_a_jpeg_is_reported_to_the_author_and_absent_from_the_reviewers_pdf()
    {
        var organizer = await app.CreateUserAsync("olga@example.org");
        var reviewerUser = await app.CreateUserAsync("rita@uni-a.edu", name: "Rita Reviewer");
        var authorUser = await app.CreateUserAsync("s.okafor@cs.example.com");
        var (_, call) = await app.CreateEventAsync(zone: "UTC", organizerIds: [organizer.Id]);
        var rita = await app.AddReviewerAsync(call.Id, reviewerUser.Id);
        var planted = File.ReadAllBytes(Path.Combine(SubmissionForms.RepositoryRoot, "tests", "fixtures", "blind-corpus", "jpeg-segments.pdf"));
        Assert.Contains("Samuel Okafor", Encoding.Latin1.GetString(planted)); // in the JPEG's comment, as the reviewer would get it today

        using var author = await app.SignedInAsync(authorUser.Email!);
        var fields = SubmissionForms.Fields("Kernel regimes of wide networks", "submit", ("Samuel Okafor", "s.okafor@cs.example.com"));
        fields.Add(new("ExceptionRequest", "The photograph came from a colleague's camera; please let it through."));
        var id = await author.CreateAsync(call.Id, fields, planted);
        var page = WebUtility.HtmlDecode((await author.GetAsync($"/submissions/{id}")).Html);
        Assert.Contains("data-code=\"anonymity.metadata\"", page);
        Assert.Contains("image Im0 on page 1: JPEG comment", page);

        using var olga = await app.SignedInAsync(organizer.Email!);
        var list = $"/calls/{call.Id}/submissions";
        using (var grant = await olga.PostFormAsync(list, $"{list}/{id}/exception", new Dictionary<string, string> { ["decision"] = "grant" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, grant.StatusCode);
        }

        // Review starts after the call closes; the sign-in cookies of August have expired by then.
        app.Clock.Freeze(ReviewingData.BiddingTime);
        using var chair = await app.SignedInAsync(organizer.Email!);
        var assignments = $"/calls/{call.Id}/assignments";
        using (await chair.PostFormAsync(assignments, $"{assignments}/add", new Dictionary<string, string> { ["submissionId"] = id.ToString(), ["reviewerId"] = rita.Id.ToString() }))
        {
        }

        using var reviewer = await app.SignedInAsync(reviewerUser.Email!);
        using var response = await reviewer.Client.GetAsync($"/calls/{call.Id}/assigned/{id}/pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var blinded = await response.Content.ReadAsByteArrayAsync();
        var everything = AllBytesAsText(blinded);
        foreach (var secret in new[] { "Okafor", "okafor@", "cs.example.com" })
        {
            Assert.DoesNotContain(secret, everything, StringComparison.OrdinalIgnoreCase);
        }

        using var pdf = PdfDocument.Open(blinded);
        var image = Assert.Single(pdf.GetPage(1).GetImages());
        Assert.Equal((48, 32), (image.WidthInSamples, image.HeightInSamples));
        Assert.Contains("Gradient flows in wide networks", pdf.GetPage(1).Text);
        Assert.DoesNotContain("Okafor", pdf.GetPage(1).Text, StringComparison.OrdinalIgnoreCase);
    }

    // The file and every Flate stream inflated (the blinder writes nothing else compressed; JPEG data is searched as it is).
    private static string AllBytesAsText(byte[] pdf)
    {
        var text = new StringBuilder(Encoding.Latin1.GetString(pdf));
        using var document = PdfDocument.Open(pdf);
        foreach (var reference in document.Structure.CrossReferenceTable.ObjectOffsets.Keys)
        {
            if (document.Structure.GetObject(reference).Data is StreamToken stream
                && stream.StreamDictionary.Data.TryGetValue("Filter", out var filter) && filter.ToString()!.Contains("FlateDecode", StringComparison.Ordinal))
            {
                using var inflater = new ZLibStream(new MemoryStream(stream.Data.ToArray()), CompressionMode.Decompress);
                using var inflated = new MemoryStream();
                inflater.CopyTo(inflated);
                text.Append('\n').Append(Encoding.Latin1.GetString(inflated.ToArray())).Append('\n').Append(Encoding.BigEndianUnicode.GetString(inflated.ToArray()));
            }
        }

        return text.ToString();
    }
}
