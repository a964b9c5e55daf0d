using Microsoft.Extensions.Options;

namespace DeepMath.Web.Infrastructure.Email.Transport;

/// <summary>Development without an SMTP server: each message becomes an .eml file to open in a mail client.</summary>
internal sealed class PickupFolderEmailTransport(IOptions<EmailOptions> options, IHostEnvironment environment) : IEmailTransport, IEmailSession
{
    /// <summary>Files need no connection: the transport is its own session.</summary>
    public IEmailSession OpenSession() => this;

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var path = PathOf(message);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using var file = File.Create(path);
        await MimeMessageFactory.Create(message, options.Value).WriteToAsync(file, cancellationToken);
    }

    public Task<bool?> WasAcceptedAsync(OutboxMessage message, CancellationToken cancellationToken) =>
        Task.FromResult<bool?>(File.Exists(PathOf(message)));

    private string PathOf(OutboxMessage message) => Path.Combine(
        Path.GetFullPath(options.Value.PickupDirectory, environment.ContentRootPath), $"{message.CreatedAt:yyyyMMdd-HHmmss}-{message.Id:N}.eml");
}
