using System.Text.Encodings.Web;
using JapanAiGov.Web.Api;
using JapanAiGov.Web.Infrastructure;
using Microsoft.AspNetCore.Html;
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

    /// <summary>A schema in one line, e.g. "array of ApiItem" or "null | string (date)", with schema names linked to their section.</summary>
    public static IHtmlContent Describe(IOpenApiSchema? schema) => new HtmlString(DescribeHtml(schema));

    private static string DescribeHtml(IOpenApiSchema? schema)
    {
        if (schema is null)
        {
            return string.Empty;
        }

        if (schema is OpenApiSchemaReference reference)
        {
            var id = reference.Reference.Id ?? "object";
            return $"<a href=\"#schema-{HtmlEncoder.Default.Encode(id)}\">{HtmlEncoder.Default.Encode(id)}</a>";
        }

        if (schema.Type is { } type && type.HasFlag(JsonSchemaType.Array))
        {
            return "array of " + DescribeHtml(schema.Items);
        }

        var types = Enum.GetValues<JsonSchemaType>().Where(t => schema.Type?.HasFlag(t) == true).Select(t => t.ToString().ToLowerInvariant()).ToList();
        var text = types.Count > 0
            ? HtmlEncoder.Default.Encode(string.Join(" | ", types))
            : schema.OneOf?.Count > 0 ? string.Join(" | ", schema.OneOf.Select(DescribeHtml))
            : schema.Enum?.Count > 0 ? "one of" : "any";
        if (schema.Format is { } format)
        {
            text += HtmlEncoder.Default.Encode($" ({format})");
        }

        if (schema.Enum is { Count: > 0 } values)
        {
            text += HtmlEncoder.Default.Encode((text == "one of" ? " " : ": ") + string.Join(", ", values.Select(v => v?.ToString() ?? "null")));
        }

        return text;
    }
}
