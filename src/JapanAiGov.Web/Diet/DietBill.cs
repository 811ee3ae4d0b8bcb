using System.Text.Json;
using JapanAiGov.Web.Infrastructure;

namespace JapanAiGov.Web.Diet;

/// <summary>
/// A bill of the Diet, keyed by (kind, 提出回次, 番号) whatever session's pages it was read from. Every fact its
/// progress pages ever gave is kept, raw (label and value as written) beside the derived stage; a later page may fill a
/// blank or change a value (the old one kept, flagged for editors), never erase a fact (<see cref="DietBillFacts"/>).
/// </summary>
public sealed class DietBill
{
    public const int TitleMaxLength = 500;
    public const int StatusMaxLength = 200;
    public const int UrlMaxLength = 500;
    public const int ProblemMaxLength = 1000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public int Id { get; set; }

    /// <summary>閣法, 衆法 or 参法 (the kinds watched).</summary>
    public required string Kind { get; set; }

    /// <summary>提出回次: the session it was submitted in.</summary>
    public int Session { get; set; }

    public int Number { get; set; }

    /// <summary>議案件名.</summary>
    public required string Title { get; set; }

    /// <summary>審議状況 as the latest bill list wrote it (a location or an outcome, kept as written).</summary>
    public string StatusText { get; set; } = string.Empty;

    public DietBillStage Stage { get; set; } = DietBillStage.Unknown;

    /// <summary>The latest progress page (経過) on shugiin.go.jp, whatever <c>Diet:BaseUrl</c> was read from; null when the list gives none.</summary>
    public string? ProgressUrl { get; set; }

    /// <summary>Every fact read so far (<see cref="DietFact"/>s as JSON): the raw record a later blank page never erases.</summary>
    public string FactsJson { get; set; } = "[]";

    public DateTimeOffset FirstSeenAt { get; set; }

    public DateTimeOffset LastSeenAt { get; set; }

    /// <summary>When its progress page was last read successfully.</summary>
    public DateTimeOffset? CheckedAt { get; set; }

    /// <summary>Why the last read of its progress page failed (what was known is kept); null after a good read.</summary>
    public string? Problem { get; set; }

    /// <summary>Facts whose value changed between pages (the old value kept in <see cref="DietFact.PreviousValue"/>): editors check them.</summary>
    public bool HasChangedFacts { get; set; }

    public List<DietBillMatch> Matches { get; set; } = [];

    public DietBillKey Key => new(Kind, Session, Number);

    public IReadOnlyList<DietFact> Facts
    {
        get => JsonSerializer.Deserialize<List<DietFact>>(FactsJson, Json) ?? [];
        private set => FactsJson = JsonSerializer.Serialize(value, Json);
    }

    /// <summary>Facts by label, the non-blank ones.</summary>
    public IReadOnlyDictionary<string, string> FactsByLabel =>
        Facts.Where(f => !f.IsBlank).GroupBy(f => f.Label).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);

    /// <summary>The stage the facts and the list's status give now (never guessed from an unknown status).</summary>
    public DietBillStage DerivedStage() => DietBillStages.From(FactsByLabel, StatusText);

    /// <summary>
    /// Merges a progress page's facts; returns the merge (what was added or changed). The stage is derived again; a
    /// changed fact is flagged for editors.
    /// </summary>
    public DietFactMerge MergePage(DietProgressPage page, DateTimeOffset now)
    {
        var merge = DietBillFacts.Merge(Facts, page.Facts, now);
        Facts = merge.Facts;
        HasChangedFacts |= merge.Changed.Count > 0;
        if (page.Title is { Length: > 0 } title)
        {
            Title = FeedText.Clean(title, TitleMaxLength);
        }

        CheckedAt = now;
        Problem = null;
        return merge;
    }

    /// <summary>The date the current stage was reached, as the pages give it (e.g. the promulgation date), if known.</summary>
    public DateOnly? StageDate() => DietBillStageDates.Of(Stage, FactsByLabel);

    /// <summary>The bill's timeline: every stage the pages give a date for, in the order of the stages.</summary>
    public IReadOnlyList<(DietBillStage Stage, DateOnly On)> Timeline()
    {
        var facts = FactsByLabel;
        return Enum.GetValues<DietBillStage>()
            .Select(stage => (Stage: stage, On: DietBillStageDates.Of(stage, facts)))
            .Where(x => x.On is not null)
            .Select(x => (x.Stage, x.On!.Value))
            .ToList();
    }
}
