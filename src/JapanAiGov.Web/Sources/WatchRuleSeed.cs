using JapanAiGov.Web.Items;

namespace JapanAiGov.Web.Sources;

/// <summary>The watch rules seeded with the items (issue 12); the <c>PublicComments</c> migration adds the same to databases seeded earlier.</summary>
public static class WatchRuleSeed
{
    public const string HighImpactSlug = "high-impact-frontier-models";
    public const string PipaSlug = "pipa-amendment-ai-training";
    public const string AiActSlug = "ai-promotion-act";

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

                    // The amendment's bill in the Diet (閣法 221-54, 個人情報の保護に関する法律等の一部を改正する法律案).
                    yield return DietRule(item, ["個人情報の保護に関する法律", "改正"], by, now);
                    break;
                case AiActSlug:
                    yield return DietRule(item, ["人工知能関連技術"], by, now);
                    break;
            }
        }
    }

    private static WatchRule DietRule(RegulatoryItem item, IEnumerable<string> all, string by, DateTimeOffset now) => new()
    {
        Item = item,
        AllTerms = WatchRule.Join(all),
        CoversPublicComments = false,
        CoversDietBills = true,
        CreatedAt = now,
        CreatedBy = by,
    };
}
