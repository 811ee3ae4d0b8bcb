using JapanAiGov.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.Diet;

public static class DietBillQueries
{
    /// <summary>The bills an editor confirmed for the item, latest submitted first.</summary>
    public static async Task<IReadOnlyList<DietBillSummary>> ConfirmedForItemAsync(AppDbContext db, int itemId, CancellationToken cancellationToken)
    {
        var bills = await db.DietBillMatches.AsNoTracking()
            .Where(m => m.ItemId == itemId && m.State == DietBillMatchState.Confirmed)
            .Select(m => m.Bill!)
            .OrderByDescending(b => b.Session).ThenBy(b => b.Kind).ThenBy(b => b.Number)
            .ToListAsync(cancellationToken);
        return bills.ConvertAll(b =>
        {
            var promulgated = DietPromulgation.TryRead(b.FactsByLabel, out var on, out var number);
            return new DietBillSummary(
                b.Key.ToString(),
                b.Kind,
                b.Session,
                b.Number,
                b.Title,
                b.Stage,
                b.StageDate(),
                promulgated ? on : null,
                promulgated ? DietLawNumber.Format(on, number) : null,
                b.ProgressUrl);
        });
    }
}
