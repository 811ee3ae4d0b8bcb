using JapanAiGov.Web.Analysis;
using JapanAiGov.Web.Infrastructure;
using JapanAiGov.Web.Localization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
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
            // HEAD is answered wherever GET is (RFC 9110) and said so once in the description, not listed as a twin operation.
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.OrdinalIgnoreCase) == true
                && string.Equals(description.HttpMethod, HttpMethods.Get, StringComparison.OrdinalIgnoreCase);
            options.AddDocumentTransformer((document, context, _) =>
            {
                // The public address from configuration, never the request's Host header (which a client or proxy sets),
                // and without a trailing slash, so clients joining it with "/api/v1/..." get one slash.
                var publicBaseUrl = context.ApplicationServices.GetRequiredService<IOptions<AppOptions>>().Value.PublicBaseUrl;
                foreach (var tag in document.Tags ?? Enumerable.Empty<OpenApiTag>())
                {
                    tag.Description ??= "The read-only resources: items, one item with its history, and the change log.";
                }

                document.Servers = [new OpenApiServer { Url = publicBaseUrl.TrimEnd('/'), Description = "JapanAiGov (App:PublicBaseUrl)" }];
                document.Info = new OpenApiInfo
                {
                    Title = "JapanAiGov API",
                    Version = "v1",
                    Description = "Read-only JSON API of the JapanAiGov tracker of Japan's AI governance. "
                        + "camelCase JSON, ISO 8601 instants with offsets, statuses and action levels as strings. "
                        + "Lists are paged with `limit` and an opaque `cursor` (pass `nextCursor` back unchanged). "
                        + "An empty `cursor` is the same as none. `since` takes an instant or a date. "
                        + "Every 200 response has a strong ETag; send it back in If-None-Match to get 304 Not Modified. "
                        + "Every operation also answers HEAD (same headers, no body). Cross-origin GET is allowed (CORS, no credentials). "
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
                        "since" => new OpenApiSchema { AnyOf = [new OpenApiSchema { Type = JsonSchemaType.String, Format = "date-time" }, new OpenApiSchema { Type = JsonSchemaType.String, Format = "date" }] },
                        "status" => CommaSeparated(Enum.GetNames<Items.ItemStatus>()),
                        "action" => CommaSeparated(Enum.GetNames<Items.ActionLevel>()),
                        _ => parameter.Schema,
                    };
                    if (parameter.Name is "status" or "action")
                    {
                        // ?status=Reported,Confirmed: one value, its items separated by commas (OpenAPI's form style, not exploded).
                        (parameter.Style, parameter.Explode) = (ParameterStyle.Form, false);
                    }

                    if (parameter.Name is "since")
                    {
                        parameter.Description += " An empty value is the same as none.";
                    }
                }

                DescribeCulture(operation);
                DescribeConditionalRequests(operation);
                return Task.CompletedTask;
            });
        });
        return services;
    }

    private static OpenApiSchema CommaSeparated(string[] names) => new()
    {
        Type = JsonSchemaType.Array,
        Items = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [.. names.Select(n => (System.Text.Json.Nodes.JsonNode)System.Text.Json.Nodes.JsonValue.Create(n))] },
        UniqueItems = true,
    };

    /// <summary>The labels in a response (statusLabel, actionLabel) follow <c>?culture=</c> only, never a header or cookie.</summary>
    private static void DescribeCulture(OpenApiOperation operation)
    {
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = "culture",
            In = ParameterLocation.Query,
            Description = "The language of the labels in the response (statusLabel, actionLabel): en (the default) or ja. Only this parameter chooses it, so a URL means the same document for every client and cache.",
            Schema = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Enum = [.. AppCultures.Supported.Select(c => (System.Text.Json.Nodes.JsonNode)System.Text.Json.Nodes.JsonValue.Create(c))],
                Default = System.Text.Json.Nodes.JsonValue.Create(AppCultures.English),
            },
        });
    }

    private static void DescribeConditionalRequests(OpenApiOperation operation)
    {
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = "If-None-Match",
            In = ParameterLocation.Header,
            Description = "The ETag of a response you already hold; if it is still current the answer is 304 Not Modified with no body.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        });
        if (operation.Responses?.TryGetValue("200", out var ok) == true && ok is OpenApiResponse okResponse)
        {
            okResponse.Headers ??= new Dictionary<string, IOpenApiHeader>();
            okResponse.Headers["ETag"] = new OpenApiHeader
            {
                Description = "A strong validator of this exact body; send it back in If-None-Match.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            };
        }

        if (operation.Responses?.TryGetValue("304", out var notModified) == true && notModified is OpenApiResponse notModifiedResponse)
        {
            notModifiedResponse.Description = "Not Modified: If-None-Match named the current ETag. No body.";
        }
    }

    /// <summary>
    /// The document at <see cref="Path"/>, with a strong ETag like every other public read, so a client or CI job that
    /// polls it for changes gets 304 Not Modified (the framework's own endpoint sends none).
    /// </summary>
    public static IEndpointRouteBuilder MapApiDocument(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPublicGet(Path, async (HttpContext context, [FromKeyedServices(Name)] IOpenApiDocumentProvider documents, IOptionsMonitor<OpenApiOptions> options, CancellationToken cancellationToken) =>
        {
            var document = await documents.GetOpenApiDocumentAsync(cancellationToken);
            var json = await document.SerializeAsJsonAsync(options.Get(Name).OpenApiVersion, cancellationToken);
            return ConditionalResponse.Send(context, System.Text.Encoding.UTF8.GetBytes(json), "application/json; charset=utf-8");
        }).ExcludeFromDescription();
        return endpoints;
    }
}
