namespace DeepMath.Web.Infrastructure.Email.Transport;

/// <summary>One delivery run's connection; disposing it says goodbye to the server.</summary>
public interface IEmailSession : IAsyncDisposable
{
    Task SendAsync(OutboxMessage message, CancellationToken cancellationToken);
}
