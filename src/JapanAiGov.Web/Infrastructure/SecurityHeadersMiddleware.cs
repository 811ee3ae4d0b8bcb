namespace JapanAiGov.Web.Infrastructure;

internal static class SecurityHeadersMiddleware
{
    /// <summary>Conservative headers for a server-rendered app that loads nothing from other origins; editor pages are never cached.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
            if (context.Request.Path.StartsWithSegments("/admin") || context.Request.Path.StartsWithSegments("/account"))
            {
                // Editor pages show unpublished work and account details: no browser or proxy keeps a copy.
                // The same values antiforgery sets on pages with a form, so it has nothing to override (and log).
                headers.CacheControl = new Microsoft.Extensions.Primitives.StringValues(["no-cache", "no-store"]);
                headers.Pragma = "no-cache";
            }

            return next(context);
        });
}
