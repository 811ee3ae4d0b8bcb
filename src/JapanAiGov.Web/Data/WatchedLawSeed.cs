using JapanAiGov.Web.Polling;
using JapanAiGov.Web.Sources;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.Data;

/// <summary>
/// Watches PIPA and the AI Promotion Act, linked to their items by slug. Runs at every start but only adds a law
/// whose id has never been watched, so an editor's removal (a soft delete that keeps the row) is never undone.
/// </summary>
public static class WatchedLawSeed
{
    private static readonly (string LawId, string Title, string LawNum, string ItemSlug)[] Laws =
    [
        (SeedData.PipaLawId, "個人情報の保護に関する法律", "平成十五年法律第五十七号", "pipa-amendment-ai-training"),
        (SeedData.AiPromotionActLawId, "人工知能関連技術の研究開発及び活用の推進に関する法律", "令和七年法律第五十三号", "ai-promotion-act"),
    ];

    public static async Task<int> SeedAsync(AppDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var lawIds = Laws.Select(l => l.LawId).ToList();
        var known = await db.WatchedLaws.Where(l => lawIds.Contains(l.LawId)).Select(l => l.LawId).ToListAsync(cancellationToken);
        var added = 0;
        foreach (var (lawId, title, lawNum, slug) in Laws.Where(l => !known.Contains(l.LawId)))
        {
            var itemId = await db.Items.Where(i => i.Slug == slug).Select(i => (int?)i.Id).FirstOrDefaultAsync(cancellationToken);
            db.WatchedLaws.Add(new WatchedLaw { LawId = lawId, Title = title, LawNum = lawNum, ItemId = itemId, AddedAt = time.GetUtcNow() });
            added++;
        }

        if (added > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return added;
    }
}
