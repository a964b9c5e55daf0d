using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using DeepMath.IntegrationTests.Support;
using Npgsql;

namespace DecisionsBench;

/// <summary>The real application on a benchmark database, with the Hangfire server off: the benchmark runs the jobs itself.</summary>
public sealed class BenchApp(string connectionString, int smtpPort) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Default", connectionString);
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Demo:SeedOnStartup", "false");
        builder.UseSetting("Jobs:RunServer", "false");
        builder.UseSetting("Jobs:ScheduleRecurring", "false");
        builder.UseSetting("Smtp:Host", "127.0.0.1");
        builder.UseSetting("Smtp:Port", smtpPort.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Email:PublicBaseUrl", "http://localhost");
        builder.UseSetting("Decisions:NotificationsPerMinute", "0");
        builder.UseSetting("Decisions:BatchSize", "500");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in AppProcess.SimulatedVisitors)
        {
            builder.UseSetting(AppProcess.AsConfigurationKey(key), value);
        }
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Warning");
        builder.UseSetting("Demo:CredentialsFile", Path.Combine(Path.GetTempPath(), $"deepmath-bench-logins-{Guid.NewGuid():N}.txt"));
    }

    /// <summary>
    /// A database kept between runs (its generated data is slow to make) but only for one schema: its name carries the
    /// app's last migration, so a changed schema (a new or squashed migration) gets a new database instead of failing
    /// to migrate the old one; databases of earlier schemas are dropped.
    /// </summary>
    public static async Task<string> SchemaDatabaseAsync(string baseConnection, string prefix)
    {
        var last = typeof(Program).Assembly.GetTypes()
            .Select(t => t.GetCustomAttributes(typeof(Microsoft.EntityFrameworkCore.Migrations.MigrationAttribute), false)
                .Cast<Microsoft.EntityFrameworkCore.Migrations.MigrationAttribute>().FirstOrDefault()?.Id)
            .OfType<string>().Max(StringComparer.Ordinal) ?? "none";
        var name = $"{prefix}_{last.ToLowerInvariant()}";
        var builder = new NpgsqlConnectionStringBuilder(baseConnection) { Database = "postgres", Pooling = false };
        await using (var admin = new NpgsqlConnection(builder.ConnectionString))
        {
            await admin.OpenAsync();
            await using var stale = new NpgsqlCommand("SELECT datname FROM pg_database WHERE (datname LIKE @p OR datname = 'deepmath_bench') AND datname <> @n", admin);
            stale.Parameters.AddWithValue("p", prefix + "\\_%");
            stale.Parameters.AddWithValue("n", name);
            var names = new List<string>();
            await using (var reader = await stale.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    names.Add(reader.GetString(0));
                }
            }
            foreach (var old in names)
            {
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{old}\" WITH (FORCE)", admin);
                await drop.ExecuteNonQueryAsync();
            }
        }
        return await DatabaseAsync(baseConnection, name, fresh: false);
    }

    /// <summary>The connection string of database <paramref name="name"/> on the cluster of <paramref name="baseConnection"/>, created if missing (and emptied first when <paramref name="fresh"/>).</summary>
    public static async Task<string> DatabaseAsync(string baseConnection, string name, bool fresh)
    {
        var builder = new NpgsqlConnectionStringBuilder(baseConnection) { Database = "postgres", Pooling = false };
        await using var admin = new NpgsqlConnection(builder.ConnectionString);
        await admin.OpenAsync();
        if (fresh)
        {
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @n", admin);
        exists.Parameters.AddWithValue("n", name);
        if (await exists.ExecuteScalarAsync() is null)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            await create.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(baseConnection) { Database = name }.ConnectionString;
    }
}
