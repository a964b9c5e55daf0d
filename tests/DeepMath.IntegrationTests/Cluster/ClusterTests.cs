using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using DeepMath.IntegrationTests.Submissions;
using DeepMath.IntegrationTests.Support;

namespace DeepMath.IntegrationTests.Cluster;

/// <summary>
/// Through nginx in front of two app processes (./scripts/cluster.sh, started by ./scripts/test.sh), round-robin
/// with no sticky sessions: an author signs in, opens the form and submits a PDF while the requests alternate
/// between the instances, so cookies and antiforgery tokens issued by one are honoured by the other.
/// </summary>
public sealed partial class ClusterTests
{
    [Fact]
    public async Task Sign_in_form_and_upload_work_whichever_instance_answers()
    {
        var (url, logins) = ClusterUnderTest();
        var password = File.ReadLines(logins).Select(l => l.Split('\t')).Single(p => p[0] == "author2@deepmath.test")[1];
        var log = new RecordingHandler();
        using var session = new WebSession(new HttpClient(log) { BaseAddress = new Uri(url) });

        using (var signedIn = await session.LoginAsync("author2@deepmath.test", password))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        }
        var (status, eventPage) = await session.GetAsync("/events/deepmath-2025");
        Assert.Equal(HttpStatusCode.OK, status);
        var callId = Guid.Parse(CallLink().Match(eventPage).Groups[1].Value);
        var pdf = SubmissionForms.Pdf("ok-one-page.pdf");
        var presenter = $"cluster-{Guid.NewGuid():N}@example.org"; // a presenter of one abstract per call: a new one each run
        var id = await session.CreateAsync(callId, SubmissionForms.Fields("Submitted through the load balancer", "submit", ("Amira Author", presenter)), pdf);

        var (pageStatus, page) = await session.GetAsync($"/submissions/{id}");
        Assert.Equal(HttpStatusCode.OK, pageStatus);
        Assert.Contains(SubmissionForms.Sha256(pdf), page);
        using (var download = await session.Client.GetAsync($"/submissions/{id}/pdf/1"))
        {
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        }

        var answered = log.Exchanges.ToList();
        Assert.Equal(["app-1", "app-2"], answered.Select(e => e.Instance).Distinct().Order(StringComparer.Ordinal));
        // A form fetched from one instance was posted to the other and accepted (the token and cookie crossed over).
        Assert.Contains(answered.Zip(answered.Skip(1)), pair => pair.First.Method == "GET" && pair.Second.Method == "POST"
            && pair.First.Instance != pair.Second.Instance && pair.Second.Status == HttpStatusCode.Redirect);
    }

    private static (string Url, string Logins) ClusterUnderTest()
    {
        var url = Environment.GetEnvironmentVariable("DEEPMATH_TEST_CLUSTER_URL");
        var logins = Environment.GetEnvironmentVariable("DEEPMATH_TEST_CLUSTER_LOGINS");
        if (string.IsNullOrEmpty(url) || string.IsNullOrEmpty(logins))
        {
            throw new InvalidOperationException(
                "DEEPMATH_TEST_CLUSTER_URL and DEEPMATH_TEST_CLUSTER_LOGINS are not set. Run the tests with ./scripts/test.sh, which starts ./scripts/cluster.sh and sets them.");
        }
        return (url, logins);
    }

    private sealed record Exchange(string Method, string Path, HttpStatusCode Status, string Instance);

    /// <summary>Keeps cookies like a browser and notes which instance answered each request.</summary>
    private sealed class RecordingHandler() : DelegatingHandler(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true })
    {
        public ConcurrentQueue<Exchange> Exchanges { get; } = new();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            var instance = response.Headers.TryGetValues("X-Instance", out var values) ? values.Single() : "(none)";
            Exchanges.Enqueue(new(request.Method.Method, request.RequestUri!.AbsolutePath, response.StatusCode, instance));
            return response;
        }
    }

    [GeneratedRegex("/calls/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})")]
    private static partial Regex CallLink();
}
