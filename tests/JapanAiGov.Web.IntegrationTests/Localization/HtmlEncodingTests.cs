using System.Text.RegularExpressions;
using JapanAiGov.Web.Accounts;
using JapanAiGov.Web.IntegrationTests.Infrastructure;

namespace JapanAiGov.Web.IntegrationTests.Localization;

public sealed partial class HtmlEncodingTests
{
    private const string HostileJapaneseTitle = "個人情報<script>alert(1)</script> & \"引用\" 'x' ＡＩ法";

    [Fact]
    public async Task Pages_WriteJapaneseAsCharacters_NeverAsNumericReferences()
    {
        await using var app = new JapanAiGovFactory();
        await app.AddItemAsync("japanese-text", HostileJapaneseTitle, app.Time.GetUtcNow(), summary: "生成AIの**学習**について。", whatToWatch: "経済産業省の附属書");
        var client = app.CreateClient();
        var editor = await app.CreateSignedInClientAsync(Roles.Admin);

        foreach (var (pageClient, url) in new[]
                 {
                     (client, "/"), (client, "/?q=個人情報"), (client, "/items/japanese-text"), (client, "/items/pipa-amendment-ai-training"),
                     (client, "/changes"), (client, "/calendar"), (client, "/alerts/subscribe?item=japanese-text"),
                     (editor, "/admin/items"), (editor, "/admin/items/japanese-text/edit"), (editor, "/admin/items/japanese-text/status"),
                 })
        {
            var html = await pageClient.GetStringAsync(url);
            var references = NumericReference().Matches(html).Select(m => m.Value).Where(IsNonAsciiLetter).ToList();
            Assert.True(references.Count == 0, $"{url} sends {string.Join(" ", references.Take(5))} as numeric references");
        }

        var page = await client.GetStringAsync("/items/japanese-text");
        Assert.Contains("個人情報&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;引用&quot; &#x27;x&#x27; ＡＩ法", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", page, StringComparison.Ordinal);
    }

    /// <summary>A reference to a character HTML allows as text (anything beyond ASCII); escapes of markup characters stay.</summary>
    private static bool IsNonAsciiLetter(string reference)
    {
        var hex = reference[3..^1];
        return int.Parse(hex, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture) > 0x7F;
    }

    [GeneratedRegex("&#x[0-9A-Fa-f]+;")]
    private static partial Regex NumericReference();
}
