using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace JapanAiGov.Web.Analysis;

/// <summary>
/// Sends a fully rendered body with a strong ETag (a hash of the exact bytes) and answers 304 Not Modified when
/// the client's If-None-Match already names it, so feed readers, calendar clients and API scripts can poll cheaply.
/// </summary>
public static class ConditionalResponse
{
    public static IResult Send(HttpContext context, byte[] body, string contentType, string? downloadFileName = null)
    {
        var etag = new EntityTagHeaderValue("\"" + WebEncoders.Base64UrlEncode(SHA256.HashData(body).AsSpan(0, 16)) + "\"");
        var headers = context.Response.GetTypedHeaders();
        headers.ETag = etag;
        headers.CacheControl = new CacheControlHeaderValue { NoCache = true };
        if (downloadFileName is not null)
        {
            context.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = downloadFileName, FileName = downloadFileName }.ToString();
        }

        var ifNoneMatch = context.Request.GetTypedHeaders().IfNoneMatch;
        if (ifNoneMatch.Any(candidate => candidate.Equals(EntityTagHeaderValue.Any) || candidate.Compare(etag, useStrongComparison: false)))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return Results.Bytes(body, contentType);
    }
}
