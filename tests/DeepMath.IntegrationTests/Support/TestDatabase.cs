using Npgsql;

namespace DeepMath.IntegrationTests.Support;

/// <summary>
/// A database of its own for a test run, created in the private cluster that scripts/test.sh starts
/// (DEEPMATH_TEST_CONNECTION points at its maintenance database) and dropped at the end.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string _admin;

    private TestDatabase(string admin, string name, string connectionString)
    {
        _admin = admin;
        Name = name;
        ConnectionString = connectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync(string purpose)
    {
        var admin = Environment.GetEnvironmentVariable("DEEPMATH_TEST_CONNECTION")
            ?? throw new InvalidOperationException(
                "DEEPMATH_TEST_CONNECTION is not set. Run the tests with ./scripts/test.sh, which starts a private PostgreSQL cluster and sets it.");
        var name = $"deepmath_{purpose}_{Guid.NewGuid():N}"[..40];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }
        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        return new TestDatabase(admin, name, builder.ConnectionString);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
