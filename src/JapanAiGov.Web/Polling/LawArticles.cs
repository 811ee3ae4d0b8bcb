using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

using JapanAiGov.Web.Sources;

namespace JapanAiGov.Web.Polling;

/// <summary>How a revision's articles are stored (a compact JSON text column) and fingerprinted (SHA-256 of that JSON).</summary>
public static class LawArticles
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string ToJson(IReadOnlyList<LawArticle> articles) => JsonSerializer.Serialize(articles, Options);

    public static IReadOnlyList<LawArticle> FromJson(string json) =>
        JsonSerializer.Deserialize<List<LawArticle>>(json, Options) ?? [];

    /// <summary>Lower-case hex SHA-256 of the stored JSON: equal text, equal hash.</summary>
    public static string Hash(string json) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
}
