namespace JapanAiGov.Web.Polling;

/// <summary>A revision's extracted articles as JSON (see <see cref="LawArticles"/>), one row per fetched revision.</summary>
public sealed class LawRevisionText
{
    /// <summary>The <see cref="LawRevision.Id"/> it belongs to.</summary>
    public int Id { get; set; }

    public required string ArticlesJson { get; set; }
}
