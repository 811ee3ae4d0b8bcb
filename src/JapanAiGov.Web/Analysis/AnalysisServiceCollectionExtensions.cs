using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using JapanAiGov.Web.Api;
using JapanAiGov.Web.Data;

namespace JapanAiGov.Web.Analysis;

public static class AnalysisServiceCollectionExtensions
{
    /// <summary>Search, the dashboard query, change log, calendar, and the JSON API's serializer and OpenAPI document.</summary>
    public static IServiceCollection AddAnalysis(this IServiceCollection services)
    {
        services.AddScoped<IItemSearch>(sp => sp.GetRequiredService<DatabaseConnection>().Provider == DatabaseProvider.Sqlite
            ? ActivatorUtilities.CreateInstance<SqliteItemSearch>(sp)
            : ActivatorUtilities.CreateInstance<PortableItemSearch>(sp));
        services.AddScoped<DashboardQuery>();
        services.AddScoped<ChangeLog>();
        services.AddScoped<ItemCalendar>();
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter());

            // The API only writes JSON; strict numbers make the OpenAPI document say "integer", not "integer | string".
            options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;

            // Japanese stays readable in responses; characters that matter in HTML are still escaped.
            options.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
        });
        services.AddApiDocument();
        services.AddPublicReadCors();
        return services;
    }
}
