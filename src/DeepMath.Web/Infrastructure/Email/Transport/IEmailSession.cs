namespace DeepMath.Web.Infrastructure.Email.Transport;

/// <summary>One delivery run's connection; disposing it says goodbye to the server.</summary>
public interface IEmailSession : IAsyncDisposable
{
    Task SendAsync(OutboxMessage message, CancellationToken cancellationToken);

    /// <summary>
    /// Whether the server already accepted this message (by its Message-ID) in an attempt whose outcome
    /// was lost: true or false when the server can tell, null when it cannot (then the message is sent
    /// again, the one window README's E-mail section describes).
    /// </summary>
    Task<bool?> WasAcceptedAsync(OutboxMessage message, CancellationToken cancellationToken);
}
