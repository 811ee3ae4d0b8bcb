namespace JapanAiGov.Web.Polling;

/// <summary>A law on e-Gov whose revisions we watch, optionally linked to the item it bears on.</summary>
public sealed class WatchedLaw
{
    public int Id { get; set; }

    /// <summary>e-Gov law id: 15 characters of [0-9A-Z], e.g. 415AC0000000057.</summary>
    public required string LawId { get; set; }

    public required string Title { get; set; }

    public int? ItemId { get; set; }

    public DateTimeOffset AddedAt { get; set; }

    public List<LawRevision> Revisions { get; set; } = [];
}
