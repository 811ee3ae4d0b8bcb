using JapanAiGov.Web.Data;

namespace JapanAiGov.Web.Analysis;

public static class AnalysisServiceCollectionExtensions
{
    /// <summary>Search, the dashboard query and the calendar: the read side behind pages, feeds and the API.</summary>
    public static IServiceCollection AddAnalysis(this IServiceCollection services)
    {
        services.AddScoped<IItemSearch>(sp => sp.GetRequiredService<DatabaseConnection>().Provider == DatabaseProvider.Sqlite
            ? ActivatorUtilities.CreateInstance<SqliteItemSearch>(sp)
            : ActivatorUtilities.CreateInstance<PostgresItemSearch>(sp));
        services.AddScoped<DashboardQuery>();
        services.AddSingleton<SearchResultsMemo>();
        services.AddScoped<ItemCalendar>();
        services.AddPublicReadCors();
        return services;
    }
}
