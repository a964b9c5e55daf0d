namespace DeepMath.Web.Infrastructure.Email.Transport;

/// <summary>Hands stored messages to the outside world: an SMTP server, or a pickup folder in Development.</summary>
public interface IEmailTransport
{
    /// <summary>
    /// A run of deliveries sharing one connection, so that a large batch does not pay a connection
    /// (and a TLS handshake) per message. Not thread-safe: one session per delivery run.
    /// </summary>
    IEmailSession OpenSession();
}
