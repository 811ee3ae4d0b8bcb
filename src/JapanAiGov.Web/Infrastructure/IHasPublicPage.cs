namespace JapanAiGov.Web.Infrastructure;

/// <summary>
/// An entity with a public page of its own (an item's <c>/items/{slug}</c>): when a save changes it, the cache renders
/// that page ahead for the new content, beside the dashboard (docs/architecture.md, "Caching").
/// </summary>
public interface IHasPublicPage
{
    /// <summary>The page's path, e.g. <c>/items/pipa-amendment-ai-training</c>.</summary>
    string PublicPagePath { get; }
}
