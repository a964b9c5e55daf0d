using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace DeepMath.Web.Infrastructure.Email.Transport;

/// <summary>
/// Connects on the first message and keeps the connection for the next ones (MailKit pipelines MAIL,
/// RCPT and DATA when the server offers PIPELINING). A connection the server dropped while idle is
/// replaced once, after asking the server whether the message got through; any other failure drops the
/// connection, so the next message starts clean and the failed one is retried by the outbox with backoff.
/// </summary>
internal sealed class SmtpEmailSession(EmailOptions settings) : IEmailSession
{
    private ProbingSmtpClient? _client;

    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var mime = MimeMessageFactory.Create(message, settings);
        var reused = _client is not null;
        try
        {
            await (await ConnectedAsync(cancellationToken)).SendAsync(mime, cancellationToken);
        }
        catch (Exception ex) when (reused && ex is ServiceNotConnectedException or IOException or SmtpProtocolException)
        {
            await DropAsync();
            if (await WasAcceptedAsync(message, cancellationToken) != true)
            {
                await (await ConnectedAsync(cancellationToken)).SendAsync(mime, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await DropAsync();
            throw;
        }
    }

    public async Task<bool?> WasAcceptedAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        try
        {
            return await (await ConnectedAsync(cancellationToken)).SeenAsync(MimeMessageFactory.MessageId(message, settings), cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or SmtpProtocolException or ServiceNotConnectedException)
        {
            await DropAsync();
            return null;
        }
    }

    private async Task<ProbingSmtpClient> ConnectedAsync(CancellationToken cancellationToken)
    {
        if (_client is { IsConnected: true } open)
        {
            return open;
        }
        await DropAsync();
        var smtp = settings.Smtp;
        var client = new ProbingSmtpClient { Timeout = (int)TimeSpan.FromSeconds(smtp.TimeoutSeconds).TotalMilliseconds };
        try
        {
            var security = smtp.UseTls ? SecureSocketOptions.StartTlsWhenAvailable : SecureSocketOptions.None;
            await client.ConnectAsync(smtp.Host ?? throw new InvalidOperationException("Smtp:Host is not set."), smtp.Port, security, cancellationToken);
            if (!string.IsNullOrEmpty(smtp.UserName))
            {
                await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? string.Empty, cancellationToken);
            }
        }
        catch
        {
            client.Dispose();
            throw;
        }
        _client = client;
        return client;
    }

    private async Task DropAsync()
    {
        if (_client is null)
        {
            return;
        }
        try
        {
            if (_client.IsConnected)
            {
                await _client.DisconnectAsync(quit: true, CancellationToken.None);
            }
        }
        catch (Exception ex) when (ex is IOException or SmtpProtocolException or SmtpCommandException or ServiceNotConnectedException or TimeoutException)
        {
            // Saying goodbye to a server that is already gone changes nothing.
        }
        finally
        {
            _client.Dispose();
            _client = null;
        }
    }

    public async ValueTask DisposeAsync() => await DropAsync();
}
