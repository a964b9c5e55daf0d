using DeepMath.Web.Infrastructure.Database;
using Npgsql;

namespace ProcessBench;

public static class BenchDatabase
{
    /// <summary>Drops and recreates the connection string's database, so every run starts empty.</summary>
    public static async Task<string> FreshAsync(string connectionString)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var admin = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres" };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync();
        await using (var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{target.Database}\" WITH (FORCE)", connection))
        {
            await drop.ExecuteNonQueryAsync();
        }
        await using (var create = new NpgsqlCommand($"CREATE DATABASE \"{target.Database}\"", connection))
        {
            await create.ExecuteNonQueryAsync();
        }
        return target.ConnectionString;
    }

    public static DeepMathDbContext Db(string connectionString) =>
        DatabaseExtensions.CreateContext(connectionString);

    public static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
