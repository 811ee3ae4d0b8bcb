using JapanAiGov.Web.Data.Postgres;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace JapanAiGov.Web.Data;

public static class DataServiceCollectionExtensions
{
    public const string DefaultSqliteConnectionString = "Data Source=data/japanaigov.db";

    private static readonly SqliteSynchronousNormal SqliteSynchronous = new();

    /// <summary>
    /// Registers <see cref="AppDbContext"/> on the configured provider (DESIGN.md §5). Configuration is read when the
    /// first context is created, not here, so hosts (and tests) can add configuration sources up to Build().
    /// </summary>
    public static IServiceCollection AddData(this IServiceCollection services)
    {
        SqliteLibrary.Configure();
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateOnStart();
        services.AddSingleton(sp => DatabaseConnection.From(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>().ContentRootPath));
        // Pooled: a request takes a context whose internal services are already built, instead of building them, its
        // options and (by reflection) its constructor call again for every request (a twelfth of an uncached page's CPU).
        services.AddPooledDbContextFactory<AppDbContext>((sp, options) => options.UseSqlite(sp.GetRequiredService<DatabaseConnection>().ConnectionString)
            .UseModel(CompiledModels.AppDbContextModel.Instance).AddInterceptors(SqliteSynchronous)
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning)));
        services.AddPooledDbContextFactory<PostgresAppDbContext>((sp, options) => options.UseNpgsql(sp.GetRequiredService<DatabaseConnection>().ConnectionString));

        // Everything asks for AppDbContext; which provider's context that is gets decided from configuration at first use.
        // The scope disposes it at its end, which returns it to its pool.
        services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<DatabaseConnection>().Provider == DatabaseProvider.Postgres
            ? sp.GetRequiredService<IDbContextFactory<PostgresAppDbContext>>().CreateDbContext()
            : sp.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext());
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<FirstDataProtectionKey>();
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
