using JapanAiGov.Web.Items;

namespace JapanAiGov.Web.Sources;

/// <summary>The watch rules seeded with the items (issue 12); the <c>PublicComments</c> migration adds the same to databases seeded earlier.</summary>
public static class WatchRuleSeed
{
    public const string HighImpactSlug = "high-impact-frontier-models";
    public const string PipaSlug = "pipa-amendment-ai-training";

    public static IEnumerable<WatchRule> For(IEnumerable<RegulatoryItem> items, string by, DateTimeOffset now)
    {
        foreach (var item in items)
        {
            switch (item.Slug)
            {
                case HighImpactSlug:
                    yield return new WatchRule { Item = item, AnyTerms = WatchRule.Join(["高影響", "フロンティア"]), CreatedAt = now, CreatedBy = by };
                    break;
                case PipaSlug:
                    yield return new WatchRule
                    {
                        Item = item,
                        AllTerms = WatchRule.Join(["個人情報"]),
                        AnyTerms = WatchRule.Join(["低リスク", "研究", "人工知能", "AI", "学習"]),
                        CreatedAt = now,
                        CreatedBy = by,
                    };
                    break;
            }
        }
    }
}
