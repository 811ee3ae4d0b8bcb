using System.Globalization;

namespace JapanAiGov.Web.Sources;

/// <summary>
/// The most bytes (after decompression) a source accepts in one answer, set on a request's options: the shared handler
/// (<see cref="EGovRateLimitHandler"/>) stops reading there and the call fails with a <see cref="ResponseTooLargeException"/>,
/// so an oversized or gzip-bomb answer never sits whole in memory. A request without a limit gets <see cref="Default"/>.
/// </summary>
public static class HttpBodyLimit
{
    public static readonly HttpRequestOptionsKey<long> Key = new("JapanAiGov.BodyLimit");

    /// <summary>For a request that names no limit: far above any page or law text we read, far below harm.</summary>
    public const long Default = 64L * 1024 * 1024;

    /// <summary>Replaces the answer's content with its body read into memory, failing as soon as it passes <paramref name="limit"/> bytes.</summary>
    public static async Task BufferAsync(HttpResponseMessage response, long limit, CancellationToken cancellationToken)
    {
        var content = response.Content;
        if (content.Headers.ContentLength > limit)
        {
            throw new ResponseTooLargeException(limit);
        }

        using var buffer = new MemoryStream();
        await using (var body = await content.ReadAsStreamAsync(cancellationToken))
        {
            var chunk = new byte[81920];
            int read;
            while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    throw new ResponseTooLargeException(limit);
                }

                buffer.Write(chunk, 0, read);
            }
        }

        var buffered = new ByteArrayContent(buffer.ToArray());
        foreach (var (name, values) in content.Headers.NonValidated)
        {
            buffered.Headers.TryAddWithoutValidation(name, values);
        }

        // The body is now decoded: its length is what was read, not what the wire carried.
        buffered.Headers.ContentLength = buffer.Length;
        buffered.Headers.ContentEncoding.Clear();
        response.Content = buffered;
        content.Dispose();
    }
}

/// <summary>An answer longer than its <see cref="HttpBodyLimit"/>; not transient, so never retried.</summary>
public sealed class ResponseTooLargeException(long limit)
    : Exception($"the answer is larger than {limit.ToString("N0", CultureInfo.InvariantCulture)} bytes, the most this source accepts")
{
    public long Limit { get; } = limit;
}
