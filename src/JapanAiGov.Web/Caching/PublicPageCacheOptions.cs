using System.ComponentModel.DataAnnotations;

namespace JapanAiGov.Web.Caching;

/// <summary>Output caching of the public pages (docs/configuration.md, "OutputCache").</summary>
public sealed class PublicPageCacheOptions
{
    public const string Section = "OutputCache";

    /// <summary>Serve the dashboard and item pages to anonymous readers from memory between writes.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The longest a cached page lives without a write. Writes drop pages at once; this bounds only what changes with
    /// the clock alone (the "e-Gov not checked for 30 hours" warning, dates worded relative to today).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "OutputCache:Duration must be between 1 second and 1 hour.")]
    public TimeSpan Duration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often each instance looks for writes made by other instances (several instances on PostgreSQL).</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:00:05", ErrorMessage = "OutputCache:SyncInterval must be between 0.1 and 5 seconds.")]
    public TimeSpan SyncInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// After a write, render the pages it changed (the dashboard's first page and the changed items' pages, in every
    /// language) before readers move to the new content, so no reader waits for them (docs/architecture.md, "Caching").
    /// </summary>
    public bool RenderAfterWrites { get; set; } = true;
}
