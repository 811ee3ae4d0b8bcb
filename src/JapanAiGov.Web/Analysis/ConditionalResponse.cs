using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace JapanAiGov.Web.Analysis;

/// <summary>
/// Sends a fully rendered body with a strong ETag (a hash of the exact bytes), so feed readers, calendar clients and
/// API scripts can poll cheaply: the framework's file result answers a matching If-None-Match with 304 Not Modified.
/// </summary>
public static class ConditionalResponse
{
    public static IResult Send(HttpContext context, byte[] body, string contentType, string? downloadFileName = null)
    {
        context.Response.GetTypedHeaders().CacheControl = new CacheControlHeaderValue { NoCache = true };
        var etag = new EntityTagHeaderValue("\"" + WebEncoders.Base64UrlEncode(SHA256.HashData(body).AsSpan(0, 16)) + "\"");
        return Results.Bytes(body, contentType, downloadFileName, entityTag: etag);
    }
}
