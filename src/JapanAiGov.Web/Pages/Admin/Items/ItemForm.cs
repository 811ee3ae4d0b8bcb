using System.ComponentModel.DataAnnotations;
using JapanAiGov.Web.Audit;
using JapanAiGov.Web.Infrastructure;
using JapanAiGov.Web.Items;

namespace JapanAiGov.Web.Pages.Admin.Items;

/// <summary>The fields an editor sets on an item, shared by the new and edit pages.</summary>
public sealed class ItemForm
{
    public const string SlugPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    [Required(ErrorMessage = "Give the item a title.")]
    [StringLength(RegulatoryItem.TitleMaxLength, ErrorMessage = "The title can be at most {1} characters.")]
    [PlainText]
    public string Title { get; set; } = string.Empty;

    [Required(ErrorMessage = "Give the item a slug for its address.")]
    [StringLength(RegulatoryItem.SlugMaxLength, ErrorMessage = "The slug can be at most {1} characters.")]
    [RegularExpression(SlugPattern, ErrorMessage = "Use lower-case letters, digits and single hyphens only, e.g. pipa-amendment.")]
    public string Slug { get; set; } = string.Empty;

    [Required(ErrorMessage = "Give the item a topic.")]
    [StringLength(RegulatoryItem.TopicMaxLength, ErrorMessage = "The topic can be at most {1} characters.")]
    [RegularExpression(SlugPattern, ErrorMessage = "Use lower-case letters, digits and single hyphens only, e.g. privacy.")]
    public string Topic { get; set; } = string.Empty;

    [StringLength(RegulatoryItem.MarkdownMaxLength, ErrorMessage = "The summary can be at most {1:N0} characters.")]
    [PlainText(MultiLine = true)]
    public string? Summary { get; set; }

    [StringLength(RegulatoryItem.MarkdownMaxLength, ErrorMessage = "The watch notes can be at most {1:N0} characters.")]
    [PlainText(MultiLine = true)]
    public string? WhatToWatch { get; set; }

    [RegularExpression("^[0-9A-Z]{15}$", ErrorMessage = "An e-Gov law id is 15 characters of 0–9 and A–Z, e.g. 415AC0000000057.")]
    public string? LawId { get; set; }

    public static ItemForm From(RegulatoryItem item) => new()
    {
        Title = item.Title,
        Slug = item.Slug,
        Topic = item.Topic,
        Summary = item.Summary,
        WhatToWatch = item.WhatToWatch,
        LawId = item.LawId,
    };

    /// <summary>Trims and normalises the case of the input; the page validates again afterwards.</summary>
    public void Normalise()
    {
        Title = Title?.Trim() ?? string.Empty;
        Slug = Slug?.Trim().ToLowerInvariant() ?? string.Empty;
        Topic = Topic?.Trim().ToLowerInvariant() ?? string.Empty;
        LawId = string.IsNullOrWhiteSpace(LawId) ? null : LawId.Trim().ToUpperInvariant();
        Summary = Summary is null ? null : SafeText.NormaliseLineBreaks(Summary);
        WhatToWatch = WhatToWatch is null ? null : SafeText.NormaliseLineBreaks(WhatToWatch);
    }

    public void ApplyTo(RegulatoryItem item)
    {
        item.Title = Title;
        item.Slug = Slug;
        item.Topic = Topic;
        item.Summary = Summary ?? string.Empty;
        item.WhatToWatch = WhatToWatch ?? string.Empty;
        item.LawId = LawId;
    }

    public AuditDiff DiffFrom(RegulatoryItem item) => new AuditDiff()
        .Add(nameof(Title), item.Title, Title)
        .Add(nameof(Slug), item.Slug, Slug)
        .Add(nameof(Topic), item.Topic, Topic)
        .Add(nameof(Summary), item.Summary, Summary ?? string.Empty)
        .Add(nameof(WhatToWatch), item.WhatToWatch, WhatToWatch ?? string.Empty)
        .Add(nameof(LawId), item.LawId, LawId);
}
