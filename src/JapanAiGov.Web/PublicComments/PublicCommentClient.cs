using System.Text;
using JapanAiGov.Web.Polling;
using JapanAiGov.Web.Sources;

namespace JapanAiGov.Web.PublicComments;

/// <summary>
/// Typed client for e-Gov's public-comment feeds under <see cref="PublicCommentsOptions.BaseUrl"/>, with the same
/// etiquette as <see cref="EGovClient"/> (<see cref="EGovHttp.AddEGovEtiquette"/>: one pacer for all of e-Gov,
/// retries with backoff on 429/5xx/timeouts, attempt and total timeouts, circuit breaker). Failures are
/// <see cref="EGovException"/>s; parsing is <see cref="PublicCommentFeedParser"/>'s job.
/// </summary>
public sealed class PublicCommentClient(HttpClient http)
{
    /// <summary>A feed is a few kilobytes; reading a body stops here (decompressed bytes) and the feed fails for the pass.</summary>
    public const int MaxFeedBytes = 4 * 1024 * 1024;

    public static string PathOf(PublicCommentFeed feed) => feed == PublicCommentFeed.Results ? "rss/pcm_result.xml" : "rss/pcm_list.xml";

    public async Task<string> GetFeedAsync(PublicCommentFeed feed, CancellationToken cancellationToken)
    {
        var path = PathOf(feed);
        using var response = await EGovHttp.GetAsync(http, path, MaxFeedBytes, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new EGovException(
                EGovHttp.FailureKindOf(response.StatusCode),
                $"e-Gov answered GET {path} with {(int)response.StatusCode} {response.ReasonPhrase}.",
                response.StatusCode);
        }

        // Already read, at most MaxFeedBytes of it. e-Gov serves its feeds as UTF-8 (and says so in the XML declaration); a byte-order mark is honoured.
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancellationToken), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return await reader.ReadToEndAsync(cancellationToken);
    }
}
