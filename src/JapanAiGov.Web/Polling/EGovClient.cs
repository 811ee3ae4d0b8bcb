using System.Net;
using System.Text.Json;

using JapanAiGov.Web.Sources;
using Microsoft.Extensions.Options;

namespace JapanAiGov.Web.Polling;

/// <summary>
/// Typed client for e-Gov Law API v2 (API.md), registered with the standard resilience handler (retries with
/// backoff on 429/5xx/timeouts, attempt and total timeouts, circuit breaker) and a pacer (one request a second).
/// Every call asks for <c>response_format=json</c> and only sends parameters the endpoint documents, because e-Gov
/// silently ignores unknown ones. "Nothing found" (404 with 404001 or 404004) returns null; anything else it returns
/// has been checked (an answer that is not what was asked for is an <see cref="EGovException"/> of kind Malformed).
/// </summary>
public sealed class EGovClient(HttpClient http, IOptions<EGovOptions> options, ILogger<EGovClient> logger)
{
    /// <summary>The currently enforced revision of the law with exactly this id, or null when e-Gov lists none.</summary>
    public async Task<EGovLawsEntry?> GetLawAsync(string lawId, CancellationToken cancellationToken)
    {
        // law_id is a partial match on /laws, so filter for the exact id ourselves.
        var page = await GetAsync<EGovLawsPage>($"laws?law_id={Uri.EscapeDataString(lawId)}&limit=20&response_format=json", cancellationToken);
        return page?.Laws?.FirstOrDefault(l => string.Equals(l?.LawInfo?.LawId, lawId, StringComparison.Ordinal));
    }

    /// <summary>
    /// The law's own revisions (newest first, each with a well-formed law_revision_id of this law, no duplicates), or null
    /// when e-Gov knows no revision of it (404001).
    /// </summary>
    public async Task<IReadOnlyList<EGovRevision>?> GetRevisionsAsync(string lawId, CancellationToken cancellationToken) =>
        (await GetRevisionListAsync(lawId, cancellationToken))?.Revisions;

    /// <summary><see cref="GetRevisionsAsync"/> with the law's number (law_info.law_num) from the same answer.</summary>
    public async Task<(IReadOnlyList<EGovRevision> Revisions, string? LawNum)?> GetRevisionListAsync(string lawId, CancellationToken cancellationToken)
    {
        var list = await GetAsync<EGovRevisionList>($"law_revisions/{Uri.EscapeDataString(lawId)}?response_format=json", cancellationToken);
        if (list is null)
        {
            return null;
        }

        if (list.Revisions is null)
        {
            throw new EGovException(EGovFailureKind.Malformed, $"e-Gov's revision list for {lawId} has no 'revisions' array.");
        }

        // OfType drops the null entries JSON can hold whatever the declared type says.
        var own = list.Revisions.OfType<EGovRevision>()
            .Where(r => IsRevisionOf(lawId, r.LawRevisionId))
            .DistinctBy(r => r.LawRevisionId, StringComparer.Ordinal)
            .ToList();
        if (own.Count == 0 && list.Revisions.Count > 0)
        {
            throw new EGovException(EGovFailureKind.Malformed, $"e-Gov's revision list for {lawId} has {list.Revisions.Count} entries but none with a law_revision_id of this law.");
        }

        return (own, string.IsNullOrWhiteSpace(list.LawInfo?.LawNum) ? null : list.LawInfo.LawNum.Trim());
    }

    /// <summary>
    /// The text of exactly one revision (a law_revision_id) as e-Gov's node tree, without the supplementary provisions of
    /// amending laws; null when e-Gov has no text for it (404004).
    /// </summary>
    public async Task<LawNode?> GetRevisionTextAsync(string lawRevisionId, CancellationToken cancellationToken)
    {
        var data = await GetAsync<EGovLawData>(
            $"law_data/{Uri.EscapeDataString(lawRevisionId)}?response_format=json&law_full_text_format=json&omit_amendment_suppl_provision=true",
            cancellationToken);
        if (data is null)
        {
            return null;
        }

        if (data.LawFullText is null)
        {
            throw new EGovException(EGovFailureKind.Malformed, $"e-Gov's law_data for {lawRevisionId} has no law_full_text tree.");
        }

        var answered = data.RevisionInfo?.LawRevisionId;
        if (!string.IsNullOrEmpty(answered) && answered != lawRevisionId)
        {
            throw new EGovException(EGovFailureKind.Malformed, $"e-Gov answered a request for the text of {lawRevisionId} with {answered}.");
        }

        return data.LawFullText;
    }

    private async Task<T?> GetAsync<T>(string relativeUrl, CancellationToken cancellationToken)
        where T : class
    {
        using var response = await EGovHttp.GetAsync(http, relativeUrl, options.Value.MaxResponseBytes, cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            try
            {
                await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
                return await JsonSerializer.DeserializeAsync<T>(body, EGovJson.Options, cancellationToken)
                    ?? throw new EGovException(EGovFailureKind.Malformed, $"e-Gov answered GET {EGovHttp.Path(relativeUrl)} with an empty (null) body.");
            }
            catch (JsonException exception)
            {
                throw new EGovException(EGovFailureKind.Malformed, $"e-Gov answered GET {EGovHttp.Path(relativeUrl)} with malformed JSON: {exception.Message}", response.StatusCode, innerException: exception);
            }
        }

        var error = await ReadErrorAsync(response, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound && error.Code is "404001" or "404004")
        {
            logger.LogDebug("e-Gov found nothing for {EGovPath} ({EGovCode})", EGovHttp.Path(relativeUrl), error.Code);
            return null;
        }

        var description = $"e-Gov answered GET {EGovHttp.Path(relativeUrl)} with {(int)response.StatusCode} {response.ReasonPhrase}"
            + (error.Code is null ? string.Empty : $" ({error.Code} {error.Message})") + ".";
        throw new EGovException(EGovHttp.FailureKindOf(response.StatusCode), description, response.StatusCode, error.Code);
    }

    private static async Task<(string? Code, string? Message)> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, null);
            }

            return (Scalar(root, "code"), Scalar(root, "message"));
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    private static string? Scalar(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.String or JsonValueKind.Number ? value.ToString() : null;

    /// <summary>law_revision_id is {law_id}_{yyyyMMdd}_{amending law id or 15 zeros} (API.md §4.1); its length is our column's.</summary>
    private static bool IsRevisionOf(string lawId, string? lawRevisionId) =>
        lawRevisionId is { Length: > 16 and <= 60 } && lawRevisionId.StartsWith(lawId + "_", StringComparison.Ordinal);
}
