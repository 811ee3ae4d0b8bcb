using JapanAiGov.Web.Alerts;
using JapanAiGov.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.Diet;

/// <summary>
/// Records the stage a bill has reached as a step of each confirmed match, with its alert event, in one transaction:
/// the steps are saved first (their ids are what the events point at), then the events, then both commit together.
/// </summary>
public static class DietBillSteps
{
    /// <summary>Adds a step of the bill's current stage to each confirmed match (or to <paramref name="only"/>); returns how many.</summary>
    public static int Add(DietBill bill, DateTimeOffset now, DietBillMatch? only = null)
    {
        var added = 0;
        foreach (var match in only is null ? bill.Matches.Where(m => m.State == DietBillMatchState.Confirmed) : [only])
        {
            if (match.Steps.Any(s => s.Stage == bill.Stage))
            {
                continue;
            }

            match.Steps.Add(new DietBillStep { Stage = bill.Stage, OccurredOn = bill.StageDate(), RecordedAt = now });
            added++;
        }

        return added;
    }

    /// <summary>Saves the bill with its new steps and one alert event per new step, atomically.</summary>
    public static async Task SaveWithAlertsAsync(AppDbContext db, DietBill bill, CancellationToken cancellationToken)
    {
        var newSteps = bill.Matches.SelectMany(m => m.Steps.Select(s => (Match: m, Step: s))).Where(x => x.Step.Id == 0).ToList();
        // Inside the caller's transaction when it has one (an editor's decision), else in one of its own.
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        await db.SaveChangesAsync(cancellationToken);
        foreach (var (match, step) in newSteps)
        {
            db.AlertEvents.Add(AlertEvent.ForDietBillStep(step.Id, match.ItemId, step.RecordedAt));
        }

        await db.SaveChangesAsync(cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }
    }
}
