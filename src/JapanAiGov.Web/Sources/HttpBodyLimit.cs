namespace JapanAiGov.Web.Sources;

/// <summary>
/// The most bytes (after decompression) a source accepts in one answer, set on a request's options: the shared handler
/// stops reading there and the call fails, so an oversized or gzip-bomb answer never sits whole in memory.
/// </summary>
public static class HttpBodyLimit
{
    public static readonly HttpRequestOptionsKey<long> Key = new("JapanAiGov.BodyLimit");
}
