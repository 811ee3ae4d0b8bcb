using JapanAiGov.Web.Data;
using JapanAiGov.Web.Items;

namespace JapanAiGov.Benchmarks;

/// <summary>
/// Items for benchmarks: Japanese and English text, five topics, all three statuses, three sources and one status
/// change each; every 50th title names 個人情報 and every 7th watch note パブリックコメント, so searches have hits.
/// </summary>
public static class BenchmarkItems
{
    private static readonly string[] Topics = ["privacy", "enforcement", "frontier-models", "framework", "copyright"];

    /// <summary>Adds <paramref name="count"/> items (slugs item-0 …) to a migrated database, 500 per SaveChanges.</summary>
    public static async Task AddAsync(AppDbContext db, int count)
    {
        var now = new DateTimeOffset(2026, 11, 24, 0, 0, 0, TimeSpan.Zero);
        for (var batch = 0; batch < count; batch += 500)
        {
            for (var i = batch; i < Math.Min(count, batch + 500); i++)
            {
                db.Items.Add(Create(i, now));
            }

            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
    }

    private static RegulatoryItem Create(int i, DateTimeOffset now) => new()
    {
        Slug = $"item-{i}",
        Title = i % 50 == 0 ? $"個人情報の保護に関する法律 amendment {i}" : $"Guidance on AI model evaluation number {i}",
        TitleJa = i % 2 == 0 ? $"AIモデル評価に関するガイダンス 第{i}号" : string.Empty,
        Topic = Topics[i % Topics.Length],
        Summary = $"Summary {i}: the ministry published guidance (ガイドライン) on generative AI, transparency and risk management. "
            + string.Concat(Enumerable.Repeat("Background text about governance and oversight. ", 20)),
        WhatToWatch = i % 7 == 0 ? "METI technical annexes and public comment (パブリックコメント)." : "Further notices.",
        Status = (ItemStatus)(i % 3),
        StatusChangedAt = now.AddMinutes(-i),
        CreatedAt = now.AddMinutes(-i),
        UpdatedAt = now.AddMinutes(-i),
        Sources =
        [
            new Source { Publisher = "Yomiuri Shimbun", Title = $"Report {i}", Url = $"https://japannews.yomiuri.co.jp/{i}", Kind = SourceKind.Press },
            new Source { Publisher = "e-Gov", Title = "法令", Url = $"https://laws.e-gov.go.jp/law/{i}", Kind = SourceKind.Official },
            new Source { Publisher = "Analyst", Title = $"Note {i}", Url = $"https://example.org/{i}", Kind = SourceKind.Analysis },
        ],
        StatusChanges = [new StatusChange { ToStatus = (ItemStatus)(i % 3), Reason = "Seeded for benchmarks.", ChangedBy = "bench", ChangedAt = now.AddMinutes(-i) }],
    };
}
