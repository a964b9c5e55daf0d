namespace DeepMath.Web.Infrastructure.Email.Transport;

/// <summary>Hands one stored message to the outside world: an SMTP server, or a pickup folder in Development.</summary>
public interface IEmailTransport
{
    Task SendAsync(OutboxMessage message, CancellationToken cancellationToken);
}
