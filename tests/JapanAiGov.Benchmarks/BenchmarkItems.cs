using JapanAiGov.Web.Data;
using JapanAiGov.Web.Items;

namespace JapanAiGov.Benchmarks;

/// <summary>
/// Items for search and dashboard benchmarks: English and Japanese text (~1 KB summary), 3 sources and one history row
/// each; every 50th is about 個人情報, every 7th watches METI annexes, statuses and topics rotate.
/// </summary>
public static class BenchmarkItems
{
    public static readonly DateTimeOffset Now = new(2026, 11, 24, 0, 0, 0, TimeSpan.Zero);

    private static readonly string[] Topics = ["privacy", "enforcement", "frontier-models", "framework", "copyright"];

    /// <summary>Adds <paramref name="count"/> items in batches of 500, each batch one SaveChanges.</summary>
    public static async Task AddAsync(Func<AppDbContext> createContext, int count)
    {
        for (var batch = 0; batch < count; batch += 500)
        {
            await using var db = createContext();
            db.Items.AddRange(Enumerable.Range(batch, Math.Min(500, count - batch)).Select(Create));
            await db.SaveChangesAsync();
        }
    }

    private static RegulatoryItem Create(int i) => new()
    {
        Slug = $"item-{i}",
        Title = i % 50 == 0 ? $"個人情報の保護に関する法律 amendment {i}" : $"Guidance on AI model evaluation number {i}",
        TitleJa = i % 50 == 0 ? $"個人情報保護法の改正 {i}" : $"AIモデル評価の指針 {i}",
        Topic = Topics[i % Topics.Length],
        Summary = $"Summary {i}: the ministry published guidance (ガイドライン) on generative AI, transparency and risk management. "
            + string.Concat(Enumerable.Repeat("Background text about governance and oversight. ", 20)),
        WhatToWatch = i % 7 == 0 ? "METI technical annexes and public comment (パブリックコメント)." : "Further notices.",
        Status = (ItemStatus)(i % 3),
        StatusChangedAt = Now.AddMinutes(-i),
        CreatedAt = Now.AddMinutes(-i),
        UpdatedAt = Now.AddMinutes(-i),
        Sources =
        [
            new Source { Publisher = "Yomiuri Shimbun", Title = $"Report {i}", Url = $"https://japannews.yomiuri.co.jp/{i}", Kind = SourceKind.Press },
            new Source { Publisher = "e-Gov", Title = "法令", Url = $"https://laws.e-gov.go.jp/law/{i}", Kind = SourceKind.Official },
            new Source { Publisher = "Analyst", Title = $"Note {i}", Url = $"https://example.org/{i}", Kind = SourceKind.Analysis },
        ],
        StatusChanges = [new StatusChange { ToStatus = (ItemStatus)(i % 3), Reason = "Seeded for benchmarks.", ChangedBy = "bench", ChangedAt = Now.AddMinutes(-i) }],
    };
}
