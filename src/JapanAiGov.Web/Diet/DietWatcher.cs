using System.Globalization;
using JapanAiGov.Web.Alerts;
using JapanAiGov.Web.Data;
using JapanAiGov.Web.Infrastructure;
using JapanAiGov.Web.Sources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JapanAiGov.Web.Diet;

/// <summary>
/// One pass of the Diet bill watch (<see cref="RunOnceAsync"/>): reads the current session's bill list and each list in
/// <see cref="DietOptions.Sessions"/>, keeps every bill of a watched kind (閣法, 衆法, 参法) keyed by (kind, 提出回次, 番号),
/// matches titles to items by their watch rules, and reads the progress page of every matched bill. Each bill is one
/// SaveChanges (facts, stage, steps of confirmed matches and their alert events together). One failing page or bill
/// never stops the others; the pass is a <see cref="DietRun"/>. Nothing here changes an item: matches wait for editors.
/// </summary>
public sealed class DietWatcher(
    AppDbContext db,
    DietClient client,
    PollerLeaseStore leases,
    IOptions<DietOptions> options,
    TimeProvider time,
    WakeUpSignal<AlertDispatcher> alerts,
    ILogger<DietWatcher> logger)
{
    public const string LeaseName = "diet-bills";

    /// <summary>The kinds of bill watched: laws proposed by the Cabinet, the lower House and the upper House.</summary>
    public static readonly IReadOnlySet<string> WatchedKinds = new HashSet<string>(["閣法", "衆法", "参法"], StringComparer.Ordinal);

    /// <summary>Runs one pass; null when another instance holds the lease.</summary>
    public async Task<DietRun?> RunOnceAsync(PollTrigger trigger, CancellationToken cancellationToken)
    {
        await using var lease = await leases.TryAcquireAsync(LeaseName, options.Value.LeaseDuration, cancellationToken);
        if (lease is null)
        {
            logger.LogInformation("Skipped a Diet pass: another instance holds its lease");
            return null;
        }

        using var pass = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lease.Lost);
        var run = new DietRun { StartedAt = time.GetUtcNow(), Trigger = trigger, Outcome = PollOutcome.Running, Instance = lease.Holder };
        var problems = new List<string>();
        try
        {
            await AbandonedRuns.MarkAsync(db.DietRuns, lease, time, logger, pass.Token);
            db.DietRuns.Add(run);
            await db.SaveChangesAsync(pass.Token);

            // The extra sessions first, oldest first, and the current session's list last: a bill carried over is on
            // several lists, and the latest list has its newest progress page and status.
            var listed = new Dictionary<DietBillKey, DietBillListRow>();
            foreach (var session in options.Value.Sessions.Distinct().Order().Select(s => (int?)s).Append(null))
            {
                await ReadListAsync(session, listed, run, problems, pass.Token);
            }

            run.BillsListed = listed.Count;
            var rules = await db.WatchRules.AsNoTracking().Where(r => r.CoversDietBills).ToListAsync(pass.Token);
            foreach (var (key, row) in listed.OrderBy(x => x.Key.ToString(), StringComparer.Ordinal))
            {
                try
                {
                    await UpdateBillAsync(key, row, rules, run, problems, pass.Token);
                }
                catch (Exception exception) when (exception is DbUpdateException or EGovException)
                {
                    db.ChangeTracker.Clear();
                    problems.Add($"{key}: {exception.GetBaseException().Message}");
                    logger.LogWarning("Diet bill {DietBill} could not be updated: {Reason}", key.ToString(), exception.GetBaseException().Message);
                }
            }

            run.Outcome = problems.Count == 0 ? PollOutcome.Succeeded : run.PagesRead == 0 ? PollOutcome.Failed : PollOutcome.PartiallyFailed;
        }
        catch (OperationCanceledException) when (lease.Lost.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            run.Outcome = PollOutcome.Failed;
            problems.Add("Stopped: this instance lost the Diet watcher's lease, so the remaining bills are left to the instance that takes it over.");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            run.Outcome = PollOutcome.Failed;
            problems.Add(exception.GetBaseException().Message);
            logger.LogError(exception, "The Diet pass failed");
        }
        finally
        {
            run.FinishedAt = time.GetUtcNow();
            run.Error = problems.Count == 0 ? null : FeedText.Clean(string.Join(" | ", problems), DietRun.ErrorMaxLength);
            db.ChangeTracker.Clear();
            db.DietRuns.Update(run);
            await db.SaveChangesAsync(CancellationToken.None);
        }

        logger.LogInformation("Diet pass {DietRunId}: {Outcome}, {BillsListed} bills listed, {BillsMatched} matched, {StagesRecorded} stages recorded", run.Id, run.Outcome, run.BillsListed, run.BillsMatched, run.StagesRecorded);
        if (run.StagesRecorded > 0)
        {
            alerts.Notify();
        }

        return run;
    }

    private async Task ReadListAsync(int? session, Dictionary<DietBillKey, DietBillListRow> listed, DietRun run, List<string> problems, CancellationToken cancellationToken)
    {
        var path = DietClient.ListPath(session);
        try
        {
            var url = new Uri(path, UriKind.Relative);
            var html = await client.GetPageAsync(url, cancellationToken);
            var list = DietBillListParser.Parse(html, new Uri(new Uri(options.Value.BaseUrl.TrimEnd('/') + "/"), path));
            run.PagesRead++;
            if (list.Rows.Count == 0)
            {
                problems.Add($"{path}: no bill rows found ({string.Join("; ", list.Problems.DefaultIfEmpty("the page has no bill table"))}).");
                return;
            }

            foreach (var row in list.Rows.Where(r => WatchedKinds.Contains(r.Kind)))
            {
                if (DietBillKey.TryCreate(row.Kind, row.Session, row.Number, out var key))
                {
                    listed[key] = row;
                }
            }
        }
        catch (EGovException exception)
        {
            problems.Add(exception.Message);
            logger.LogWarning("Diet bill list {DietListPath} could not be read: {Reason}", path, exception.Message);
        }
    }

    private async Task UpdateBillAsync(DietBillKey key, DietBillListRow row, IReadOnlyList<WatchRule> rules, DietRun run, List<string> problems, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var now = time.GetUtcNow();
        var bill = await db.DietBills.Include(b => b.Matches).ThenInclude(m => m.Steps).SingleOrDefaultAsync(b => b.Kind == key.Kind && b.Session == key.Session && b.Number == key.Number, cancellationToken);
        if (bill is null)
        {
            bill = new DietBill { Kind = key.Kind, Session = key.Session, Number = key.Number, Title = FeedText.Clean(row.Title, DietBill.TitleMaxLength), FirstSeenAt = now };
            db.DietBills.Add(bill);
        }

        bill.LastSeenAt = now;
        bill.StatusText = FeedText.Clean(row.StatusText, DietBill.StatusMaxLength);
        if (row.ProgressUrl is { } progress)
        {
            bill.ProgressUrl = client.Official(progress).ToString();
        }

        DietBillMatching.AddMatches(bill, rules, now);
        var previousStage = bill.Stage;
        if (bill.Matches.Count > 0 && bill.Matches.Any(m => m.State != DietBillMatchState.Dismissed))
        {
            run.BillsMatched++;
            if (row.ProgressUrl is { } url)
            {
                await ReadProgressAsync(bill, url, problems, now, cancellationToken);
            }
        }

        bill.Stage = bill.DerivedStage();
        if (bill.Stage != previousStage && bill.Stage != DietBillStage.Unknown)
        {
            run.StagesRecorded += DietBillSteps.Add(bill, now);
        }

        await DietBillSteps.SaveWithAlertsAsync(db, bill, cancellationToken);
    }

    private async Task ReadProgressAsync(DietBill bill, Uri url, List<string> problems, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            var page = DietProgressParser.Parse(await client.GetPageAsync(url, cancellationToken));
            if (page.Problem is not null || page.Key is not { } key || key != bill.Key)
            {
                // What was known is kept; the bill's check fails with its reason.
                bill.Problem = FeedText.Clean(page.Problem ?? $"The progress page is about {page.Key?.ToString() ?? "no bill"}, not {bill.Key}.", DietBill.ProblemMaxLength);
                problems.Add($"{bill.Key}: {bill.Problem}");
                return;
            }

            bill.MergePage(page, now);
        }
        catch (EGovException exception)
        {
            bill.Problem = FeedText.Clean(exception.Message, DietBill.ProblemMaxLength);
            problems.Add($"{bill.Key}: {exception.Message}");
        }
    }
}
