using Microsoft.AspNetCore.Routing;

namespace JapanAiGov.Web.Analysis;

/// <summary>
/// The public read-only resources (feeds, calendar, CSV, JSON API, OpenAPI document): answered for GET and HEAD
/// (RFC 9110 §9.3.2: same headers, no body) and readable cross-origin without credentials, so browser dashboards
/// can use them. Nothing else gets CORS: editor pages and every POST stay same-origin.
/// </summary>
public static class PublicRead
{
    public const string CorsPolicy = "PublicRead";

    private static readonly string[] Methods = [HttpMethods.Get, HttpMethods.Head];

    public static IServiceCollection AddPublicReadCors(this IServiceCollection services) =>
        services.AddCors(options => options.AddPolicy(CorsPolicy, policy => policy
            .AllowAnyOrigin()
            .WithMethods(Methods)
            .AllowAnyHeader()
            .WithExposedHeaders("ETag", "Content-Disposition")
            .SetPreflightMaxAge(TimeSpan.FromHours(1))));

    public static RouteHandlerBuilder MapPublicGet(this IEndpointRouteBuilder endpoints, string pattern, Delegate handler) =>
        endpoints.MapMethods(pattern, Methods, handler).AsPublicRead();

    /// <summary>Marks an endpoint mapped elsewhere (e.g. the OpenAPI document) as a public read: GET and HEAD, cross-origin.</summary>
    public static TBuilder AsPublicRead<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new HttpMethodMetadata(Methods, acceptCorsPreflight: true)).RequireCors(CorsPolicy);
}
