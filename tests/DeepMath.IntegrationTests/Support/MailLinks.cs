using System.Net;
using System.Text.RegularExpressions;
using MimeKit;

namespace DeepMath.IntegrationTests.Support;

public static partial class MailLinks
{
    /// <summary>The path and query of the first link in the message's text that starts with <paramref name="path"/>.</summary>
    public static string Find(MimeMessage message, string path)
    {
        var match = LinkPattern().Matches(message.TextBody ?? string.Empty)
            .Select(m => new Uri(m.Value))
            .FirstOrDefault(u => u.AbsolutePath.StartsWith(path, StringComparison.Ordinal));
        Assert.True(match is not null, $"No link to {path} in: {message.TextBody}");
        return WebUtility.HtmlDecode(match!.PathAndQuery);
    }

    [GeneratedRegex(@"https?://[^\s""<>]+")]
    private static partial Regex LinkPattern();
}
