using DeepMath.IntegrationTests.Resilience;
using DeepMath.IntegrationTests.Support;
using Microsoft.Extensions.Options;

namespace DeepMath.IntegrationTests.Email;

/// <summary>
/// Links in e-mails point at the address the app serves on when no public address is configured (outside
/// Production), and Production refuses to start without one.
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed class PublicAddressTests
{
    [Fact]
    public async Task Served_on_another_port_the_confirmation_mail_links_to_that_port()
    {
        await using var database = await TestDatabase.CreateAsync("publicaddress");
        await using var smtp = new SmtpListener();
        await using var app = new AppProcess(database.ConnectionString, smtp.Port, new Dictionary<string, string> { ["Email__PublicBaseUrl"] = "" });
        await app.StartAsync();
        using var session = new WebSession(app.NewClient());

        using var registered = await session.RegisterOnlyAsync("Port Author", "port.author@example.org", "Correct-Horse-42");

        Assert.Equal(System.Net.HttpStatusCode.Redirect, registered.StatusCode);
        var mail = await WaitForMailAsync(smtp, "port.author@example.org");
        var link = System.Text.RegularExpressions.Regex.Match(mail.TextBody ?? "", @"https?://[^\s""<>]+/account/confirm[^\s""<>]*");
        Assert.True(link.Success, mail.TextBody);
        Assert.StartsWith($"http://127.0.0.1:{app.Port}/account/confirm", link.Value, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "Email:PublicBaseUrl is not set")]
    [InlineData("/relative", "Email:PublicBaseUrl must be an absolute http or https address")]
    public void Production_without_an_absolute_public_address_does_not_start(string? value, string message)
    {
        // A web instance that delivers mail (Jobs:RunServer, as in Production); the command line needs no public address.
        var settings = new Dictionary<string, string> { ["environment"] = "Production", ["Jobs:RunServer"] = "true", ["Email:PublicBaseUrl"] = value ?? "" };
        using var factory = new DeepMathAppFactory("Host=127.0.0.1;Port=1;Database=never_reached;Username=nobody;Password=none", 2525, settings);

        var refused = Assert.ThrowsAny<Exception>(() => factory.Server);

        Assert.Contains(message, Describe(refused), StringComparison.Ordinal);
    }

    private static string Describe(Exception thrown) => thrown switch
    {
        OptionsValidationException validation => validation.Message,
        AggregateException aggregate => string.Join("\n", aggregate.InnerExceptions.Select(Describe)),
        _ when thrown.InnerException is { } inner => thrown.Message + "\n" + Describe(inner),
        _ => thrown.Message,
    };

    private static async Task<MimeKit.MimeMessage> WaitForMailAsync(SmtpListener smtp, string to)
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < until)
        {
            var found = smtp.Messages.FirstOrDefault(m => m.To.Mailboxes.Any(b => b.Address == to));
            if (found is not null)
            {
                return found;
            }
            await Task.Delay(200);
        }
        throw new Xunit.Sdk.XunitException($"No mail to {to} within a minute.");
    }
}
