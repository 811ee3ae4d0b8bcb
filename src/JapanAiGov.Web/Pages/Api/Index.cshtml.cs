using JapanAiGov.Web.Api;
using JapanAiGov.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace JapanAiGov.Web.Pages.Api;

/// <summary>The API reference, rendered on the server from the live OpenAPI document so the two never disagree.</summary>
public sealed class IndexModel([FromKeyedServices(ApiDocument.Name)] IOpenApiDocumentProvider documents, IOptions<AppOptions> app) : PageModel
{
    public OpenApiDocument Document { get; private set; } = new();

    public Uri BaseUrl => app.Value.Link("/");

    public IReadOnlyList<(string Path, HttpMethod Method, OpenApiOperation Operation)> Operations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Document = await documents.GetOpenApiDocumentAsync(cancellationToken);
        Operations = (Document.Paths ?? [])
            .SelectMany(path => (path.Value.Operations ?? []).Select(op => (path.Key, op.Key, op.Value)))
            .ToList();
    }

    public static string Describe(IOpenApiSchema? schema)
    {
        if (schema is null)
        {
            return string.Empty;
        }

        if (schema is OpenApiSchemaReference reference)
        {
            return reference.Reference.Id ?? "object";
        }

        if (schema.Type is { } type && type.HasFlag(JsonSchemaType.Array))
        {
            return "array of " + Describe(schema.Items);
        }

        var types = Enum.GetValues<JsonSchemaType>().Where(t => schema.Type?.HasFlag(t) == true).Select(t => t.ToString().ToLowerInvariant()).ToList();
        var text = types.Count == 0 ? (schema.OneOf?.Count > 0 ? string.Join(" | ", schema.OneOf.Select(Describe)) : "any") : string.Join(" | ", types);
        if (schema.Format is { } format)
        {
            text += $" ({format})";
        }

        if (schema.Enum is { Count: > 0 } values)
        {
            text += ": " + string.Join(", ", values.Select(v => v?.ToString() ?? "null"));
        }

        return text;
    }
}
