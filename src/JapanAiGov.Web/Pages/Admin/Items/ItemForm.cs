using System.ComponentModel.DataAnnotations;
using JapanAiGov.Web.Audit;
using JapanAiGov.Web.Infrastructure;
using JapanAiGov.Web.Items;
using JapanAiGov.Web.Localization;

namespace JapanAiGov.Web.Pages.Admin.Items;

/// <summary>The fields an editor sets on an item, shared by the new and edit pages.</summary>
public sealed class ItemForm
{
    public const string SlugPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    private static readonly ResourceText Text = new(typeof(ItemForm));

    [Required(ErrorMessage = "TitleRequired")]
    [StringLength(RegulatoryItem.TitleMaxLength, ErrorMessage = "TitleTooLong")]
    [PlainText]
    public string Title { get; set; } = string.Empty;

    [StringLength(RegulatoryItem.TitleMaxLength, ErrorMessage = "TitleJaTooLong")]
    public string? TitleJa { get; set; }

    [Required(ErrorMessage = "SlugRequired")]
    [StringLength(RegulatoryItem.SlugMaxLength, ErrorMessage = "SlugTooLong")]
    [RegularExpression(SlugPattern, ErrorMessage = "SlugPattern")]
    public string Slug { get; set; } = string.Empty;

    [Required(ErrorMessage = "TopicRequired")]
    [StringLength(RegulatoryItem.TopicMaxLength, ErrorMessage = "TopicTooLong")]
    [RegularExpression(SlugPattern, ErrorMessage = "TopicPattern")]
    public string Topic { get; set; } = string.Empty;

    [StringLength(RegulatoryItem.MarkdownMaxLength, ErrorMessage = "SummaryTooLong")]
    [PlainText(MultiLine = true)]
    public string? Summary { get; set; }

    [StringLength(RegulatoryItem.MarkdownMaxLength, ErrorMessage = "WatchTooLong")]
    [PlainText(MultiLine = true)]
    public string? WhatToWatch { get; set; }

    [StringLength(RegulatoryItem.MarkdownMaxLength, ErrorMessage = "SummaryJaTooLong")]
    public string? SummaryJa { get; set; }

    [StringLength(RegulatoryItem.MarkdownMaxLength, ErrorMessage = "WatchJaTooLong")]
    public string? WhatToWatchJa { get; set; }

    [RegularExpression("^[0-9A-Z]{15}$", ErrorMessage = "LawIdPattern")]
    public string? LawId { get; set; }

    /// <summary>The message for a new item without its Japanese title (the edit form keeps it optional for older items).</summary>
    public static string TitleJaRequired() => Text["TitleJaRequired"];

    public static ItemForm From(RegulatoryItem item) => new()
    {
        Title = item.Title,
        TitleJa = item.TitleJa,
        Slug = item.Slug,
        Topic = item.Topic,
        Summary = item.Summary,
        WhatToWatch = item.WhatToWatch,
        SummaryJa = item.SummaryJa,
        WhatToWatchJa = item.WhatToWatchJa,
        LawId = item.LawId,
    };

    /// <summary>Trims and normalises the case of the input; the page validates again afterwards.</summary>
    public void Normalise()
    {
        Title = Title?.Trim() ?? string.Empty;
        TitleJa = TitleJa?.Trim() ?? string.Empty;
        Slug = Slug?.Trim().ToLowerInvariant() ?? string.Empty;
        Topic = Topic?.Trim().ToLowerInvariant() ?? string.Empty;
        LawId = string.IsNullOrWhiteSpace(LawId) ? null : LawId.Trim().ToUpperInvariant();
        Summary = Summary is null ? null : SafeText.NormaliseLineBreaks(Summary);
        WhatToWatch = WhatToWatch is null ? null : SafeText.NormaliseLineBreaks(WhatToWatch);
    }

    public void ApplyTo(RegulatoryItem item)
    {
        item.Title = Title;
        item.TitleJa = TitleJa ?? string.Empty;
        item.SummaryJa = SummaryJa ?? string.Empty;
        item.WhatToWatchJa = WhatToWatchJa ?? string.Empty;
        item.Slug = Slug;
        item.Topic = Topic;
        item.Summary = Summary ?? string.Empty;
        item.WhatToWatch = WhatToWatch ?? string.Empty;
        item.LawId = LawId;
    }

    public AuditDiff DiffFrom(RegulatoryItem item) => new AuditDiff()
        .Add(nameof(Title), item.Title, Title)
        .Add(nameof(TitleJa), item.TitleJa, TitleJa ?? string.Empty)
        .Add(nameof(Slug), item.Slug, Slug)
        .Add(nameof(Topic), item.Topic, Topic)
        .Add(nameof(Summary), item.Summary, Summary ?? string.Empty)
        .Add(nameof(WhatToWatch), item.WhatToWatch, WhatToWatch ?? string.Empty)
        .Add(nameof(SummaryJa), item.SummaryJa, SummaryJa ?? string.Empty)
        .Add(nameof(WhatToWatchJa), item.WhatToWatchJa, WhatToWatchJa ?? string.Empty)
        .Add(nameof(LawId), item.LawId, LawId);

    /// <summary>The message for a slug another item already uses, in the reader's language.</summary>
    public static string SlugTaken(string slug) => Text.Format("SlugTaken", slug);
}
