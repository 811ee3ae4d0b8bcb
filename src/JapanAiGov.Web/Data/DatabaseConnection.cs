namespace JapanAiGov.Web.Data;

/// <summary>The provider and connection string in use, worked out once from configuration.</summary>
public sealed record DatabaseConnection(DatabaseProvider Provider, string ConnectionString)
{
    public static DatabaseConnection From(IConfiguration configuration, string contentRoot)
    {
        var provider = configuration.GetValue(DatabaseOptions.Section + ":Provider", DatabaseProvider.Sqlite);
        var connectionString = configuration.GetConnectionString("Default");
        if (provider == DatabaseProvider.Postgres)
        {
            return string.IsNullOrWhiteSpace(connectionString)
                ? throw new InvalidOperationException("ConnectionStrings:Default must be set when Database:Provider is Postgres.")
                : new DatabaseConnection(provider, connectionString);
        }

        return new DatabaseConnection(provider, DataServiceCollectionExtensions.PrepareSqliteConnectionString(connectionString, contentRoot));
    }
}
