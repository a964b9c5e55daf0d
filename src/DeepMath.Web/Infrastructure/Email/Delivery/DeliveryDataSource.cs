using Npgsql;

namespace DeepMath.Web.Infrastructure.Email.Delivery;

/// <summary>The delivery loop's own pool (Database:DeliveryPoolSize), apart from requests' and jobs'.</summary>
public sealed class DeliveryDataSource(string connectionString) : IAsyncDisposable
{
    public NpgsqlDataSource Source { get; } = NpgsqlDataSource.Create(connectionString);

    public ValueTask DisposeAsync() => Source.DisposeAsync();
}
