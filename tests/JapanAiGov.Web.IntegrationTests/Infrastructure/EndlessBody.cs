using System.IO.Compression;
using Microsoft.AspNetCore.Http;

namespace JapanAiGov.Web.IntegrationTests.Infrastructure;

/// <summary>
/// A fake server's worst answer: a 200 that never ends — the start of a plausible body, then blanks without end,
/// gzip-compressed when the client accepts it (a gzip bomb has no bottom either) — until the client hangs up or the
/// server stops. A client that reads it whole never returns.
/// </summary>
public static class EndlessBody
{
    public static async Task WriteAsync(HttpContext context, string contentType, ReadOnlyMemory<byte> start, CancellationToken stopping)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = contentType;
        var gzip = context.Request.Headers.AcceptEncoding.ToString().Contains("gzip", StringComparison.OrdinalIgnoreCase);
        if (gzip)
        {
            context.Response.Headers.ContentEncoding = "gzip";
        }

        var target = gzip ? new GZipStream(context.Response.Body, CompressionLevel.Fastest, leaveOpen: true) : context.Response.Body;
        var blanks = new byte[64 * 1024];
        Array.Fill(blanks, (byte)' ');
        try
        {
            await target.WriteAsync(start, linked.Token);
            while (true)
            {
                await target.WriteAsync(blanks, linked.Token);
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException)
        {
            // The client hung up (as it should) or the server is stopping.
            context.Abort();
        }
    }
}
