using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace JapanAiGov.Web.IntegrationTests.Infrastructure;

/// <summary>Reads pages with AngleSharp and posts forms the way a browser does, antiforgery token included.</summary>
public static class HtmlClientExtensions
{
    public static async Task<IHtmlDocument> GetDocumentAsync(this HttpClient client, string url, System.Net.HttpStatusCode expected = System.Net.HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"GET {url}: expected {expected}, got {(int)response.StatusCode} {response.StatusCode}");
        return await new HtmlParser().ParseDocumentAsync(html);
    }

    public static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>GETs <paramref name="url"/>, fills its first post form (or the one matching <paramref name="formSelector"/>) as a browser would, antiforgery token and hidden fields included, overrides <paramref name="fields"/>, and submits it.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, Dictionary<string, string> fields, string formSelector = "form[method=post]:not(.inline-form)") =>
        await client.SubmitAsync(await client.OpenFormAsync(url, formSelector), fields);

    /// <summary>GETs <paramref name="url"/> and reads its form as a browser holds it open: the action and every value it would send.</summary>
    public static async Task<OpenForm> OpenFormAsync(this HttpClient client, string url, string formSelector = "form[method=post]:not(.inline-form)")
    {
        var document = await client.GetDocumentAsync(url);
        var form = document.QuerySelector<IHtmlFormElement>(formSelector) ?? throw new InvalidOperationException($"No form '{formSelector}' on {url}.");
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && input.Type is not ("submit" or "button" or "file")
                    && (input.Type is not ("checkbox" or "radio") || input.IsChecked):
                    values.TryAdd(input.Name, input.Value);
                    break;
                case IHtmlTextAreaElement textArea when !string.IsNullOrEmpty(textArea.Name):
                    values[textArea.Name] = textArea.Value;
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    values[select.Name] = select.Value ?? string.Empty;
                    break;
            }
        }

        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? url : form.GetAttribute("action")!;
        return new OpenForm(action, values);
    }

    /// <summary>Submits a form read earlier by <see cref="OpenFormAsync"/>, with <paramref name="fields"/> typed over its values.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, OpenForm form, Dictionary<string, string> fields)
    {
        var values = new Dictionary<string, string>(form.Values, StringComparer.Ordinal);
        foreach (var (name, value) in fields)
        {
            values[name] = value;
        }

        return await client.PostAsync(form.Action, new FormUrlEncodedContent(values));
    }

    public static async Task<IHtmlDocument> ReadDocumentAsync(this HttpResponseMessage response) =>
        await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
}
