using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.Data;

public static class DataServiceCollectionExtensions
{
    public const string DefaultSqliteConnectionString = "Data Source=data/japanaigov.db";

    /// <summary>
    /// Registers <see cref="AppDbContext"/> on the configured provider (DESIGN.md §5). Configuration is read when the
    /// first context is created, not here, so hosts (and tests) can add configuration sources up to Build().
    /// </summary>
    public static IServiceCollection AddData(this IServiceCollection services)
    {
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateOnStart();
        services.AddSingleton(sp => DatabaseConnection.From(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>().ContentRootPath));
        services.AddDbContext<AppDbContext>((sp, options) =>
        {
            var connection = sp.GetRequiredService<DatabaseConnection>();
            if (connection.Provider == DatabaseProvider.Postgres)
            {
                options.UseNpgsql(connection.ConnectionString);
            }
            else
            {
                options.UseSqlite(connection.ConnectionString);
            }
        });
        services.AddScoped<DatabaseInitializer>();
        return services;
    }

    /// <summary>
    /// Resolves a relative SQLite file against the content root (so the database does not move with the shell's
    /// working directory), creates its folder, and sets a busy timeout so concurrent writers wait instead of failing.
    /// </summary>
    public static string PrepareSqliteConnectionString(string? connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(connectionString) ? DefaultSqliteConnectionString : connectionString);
        if (builder.Mode != SqliteOpenMode.Memory && !builder.DataSource.StartsWith(':') && !builder.DataSource.StartsWith("file:", StringComparison.Ordinal))
        {
            var path = Path.IsPathRooted(builder.DataSource) ? builder.DataSource : Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            builder.DataSource = path;
        }

        if (builder.DefaultTimeout == 30)
        {
            // Microsoft.Data.Sqlite retries SQLITE_BUSY until the command timeout: this is the busy timeout.
            builder.DefaultTimeout = 15;
        }

        return builder.ToString();
    }
}
