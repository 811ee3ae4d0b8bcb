using System.Text.Json.Serialization;
using JapanAiGov.Web.Infrastructure;

namespace JapanAiGov.Web.Api;

public static class ApiServiceCollectionExtensions
{
    /// <summary>The JSON API's serializer settings and its OpenAPI document; the queries it reads come from <c>AddAnalysis()</c>.</summary>
    public static IServiceCollection AddApi(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter());

            // The API only writes JSON; strict numbers make the OpenAPI document say "integer", not "integer | string".
            options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;

            // Japanese stays readable in responses; characters that matter in HTML are still escaped, invisible marks dropped.
            options.SerializerOptions.Encoder = SafeJsonEncoder.Readable;
        });
        services.AddApiDocument();
        return services;
    }
}
