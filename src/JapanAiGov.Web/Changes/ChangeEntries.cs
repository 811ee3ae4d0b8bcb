using JapanAiGov.Web.Localization;

namespace JapanAiGov.Web.Changes;

/// <summary>What every reader fills the same way.</summary>
public static class ChangeEntries
{
    /// <summary>
    /// An entry about one item, its title in the reader's language (the English one marked as the original when no
    /// Japanese is written); the reader then sets its own fields with <c>with</c>.
    /// </summary>
    public static ChangeEntry ForItem(ChangeKind kind, long id, DateTimeOffset occurredAt, int itemId, string slug, string title, string titleJa, string topic, bool japanese)
    {
        var itemTitle = Bilingual.Pick(title, titleJa, japanese);
        return new ChangeEntry
        {
            Kind = kind,
            Id = id,
            OccurredAt = occurredAt,
            ItemId = itemId,
            ItemSlug = slug,
            ItemTitle = itemTitle.Text,
            ItemTitleIsOriginal = itemTitle.IsOriginal,
            ItemTopic = topic,
        };
    }
}
