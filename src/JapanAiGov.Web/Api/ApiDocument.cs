using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace JapanAiGov.Web.Api;

/// <summary>The OpenAPI document of the JSON API, served at /openapi/v1.json and rendered at /api.</summary>
public static class ApiDocument
{
    public const string Name = "v1";
    public const string Path = "/openapi/v1.json";

    public static IServiceCollection AddApiDocument(this IServiceCollection services)
    {
        services.AddOpenApi(Name, options =>
        {
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.OrdinalIgnoreCase) == true;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "JapanAiGov API",
                    Version = "v1",
                    Description = "Read-only JSON API of the JapanAiGov tracker of Japan's AI governance. "
                        + "camelCase JSON, ISO 8601 instants with offsets, statuses as strings. "
                        + "Lists are paged with `limit` and an opaque `cursor` (pass `nextCursor` back unchanged). "
                        + "Every 200 response has a strong ETag; send it back in If-None-Match to get 304 Not Modified. "
                        + "Errors are RFC 9457 problem details. No authentication.",
                };
                return Task.CompletedTask;
            });
            options.AddOperationTransformer((operation, _, _) =>
            {
                foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
                {
                    // Bound as strings so a bad value gets our own 400 message; the document states their real shape.
                    parameter.Schema = parameter.Name switch
                    {
                        "limit" => new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1", Maximum = ApiEndpoints.MaxLimit.ToString(System.Globalization.CultureInfo.InvariantCulture), Default = System.Text.Json.Nodes.JsonValue.Create(ApiEndpoints.DefaultLimit) },
                        "since" => new OpenApiSchema { Type = JsonSchemaType.String, Format = "date-time" },
                        "status" => new OpenApiSchema { Type = JsonSchemaType.String, Enum = [.. Enum.GetNames<Items.ItemStatus>().Select(n => (System.Text.Json.Nodes.JsonNode)System.Text.Json.Nodes.JsonValue.Create(n))] },
                        _ => parameter.Schema,
                    };
                }

                return Task.CompletedTask;
            });
        });
        return services;
    }

    public static IEndpointRouteBuilder MapApiDocument(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenApi("/openapi/{documentName}.json");
        return endpoints;
    }
}
