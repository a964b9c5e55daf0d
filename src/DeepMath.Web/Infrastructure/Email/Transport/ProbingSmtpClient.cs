using MailKit.Net.Smtp;

namespace DeepMath.Web.Infrastructure.Email.Transport;

/// <summary>
/// MailKit's client with one extra command, XSEEN &lt;message-id&gt;: a server that knows it answers 250 when
/// it has accepted a message with that Message-ID and 550 when it has not. DeepMath's test and benchmark
/// listeners know it; any other server answers "command not recognized", which means "cannot tell".
/// </summary>
internal sealed class ProbingSmtpClient : SmtpClient
{
    public async Task<bool?> SeenAsync(string messageId, CancellationToken cancellationToken)
    {
        var response = await SendCommandAsync($"XSEEN <{messageId}>", cancellationToken);
        return (int)response.StatusCode switch
        {
            250 => true,
            550 => false,
            _ => null,
        };
    }
}
