using Npgsql;

namespace JapanAiGov.Web.IntegrationTests.Infrastructure;

/// <summary>A database of its own on the test PostgreSQL server, dropped at the end of the test.</summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    private readonly string _adminConnectionString;

    private PostgresDatabase(string adminConnectionString, string name)
    {
        _adminConnectionString = adminConnectionString;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = name }.ConnectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public Dictionary<string, string?> Settings => new()
    {
        ["Database:Provider"] = "Postgres",
        ["ConnectionStrings:Default"] = ConnectionString,
    };

    public static async Task<PostgresDatabase> CreateAsync()
    {
        var database = NotYetCreated();
        await using var connection = new NpgsqlConnection(database._adminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{database.Name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return database;
    }

    /// <summary>A name for a database that does not exist yet (the app creates it on first start); dropped at the end like the others.</summary>
    public static PostgresDatabase NotYetCreated()
    {
        var admin = Environment.GetEnvironmentVariable(PostgresFactAttribute.Variable);
        Assert.False(string.IsNullOrWhiteSpace(admin), $"{PostgresFactAttribute.Variable} must name a PostgreSQL server for this test.");
        return new PostgresDatabase(admin!, "japanaigov_test_" + Guid.NewGuid().ToString("N"));
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_adminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
