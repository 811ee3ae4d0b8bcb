using JapanAiGov.Web.Data;
using JapanAiGov.Web.Infrastructure;
using JapanAiGov.Web.Polling;
using JapanAiGov.Web.Sources;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.PublicComments;

/// <summary>
/// One pass of the public-comment watcher (<see cref="RunOnceAsync"/>): reads each feed (a source) on its own, stores
/// every case keyed on its e-Gov id (a result attaches to its case; re-polls update, never duplicate), and matches
/// cases to items by their watch rules. Each case is one SaveChanges (case, result and matches commit together or
/// not at all); each feed's outcome is a <see cref="PublicCommentRun"/>, and one failing feed never stops the other.
/// Nothing here changes an item: matches wait in the editors' inbox.
/// </summary>
public sealed class PublicCommentWatcher(
    AppDbContext db,
    PublicCommentClient client,
    PollerLeaseStore lease,
    Microsoft.Extensions.Options.IOptions<EGovOptions> options,
    TimeProvider time,
    ILogger<PublicCommentWatcher> logger)
{
    /// <summary>Its own lease, so it never waits on (or blocks) the law poller, but still runs on one instance at a time.</summary>
    public const string LeaseName = "public-comments";

    /// <summary>Reads every feed; returns null when another instance holds the watcher's lease.</summary>
    public async Task<IReadOnlyList<PublicCommentRun>?> RunOnceAsync(PollTrigger trigger, CancellationToken cancellationToken)
    {
        await using var held = await lease.TryAcquireAsync(LeaseName, options.Value.LeaseDuration, cancellationToken);
        if (held is null)
        {
            logger.LogInformation("Skipped a public-comment pass: another instance holds its lease");
            return null;
        }

        // The lease renews itself while the pass runs; if another instance takes it over, the pass stops.
        using var pass = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, held.Lost);
        await AbandonedRuns.MarkAsync(db.PublicCommentRuns, held, time, logger, pass.Token);

        // Runs carry the lease's holder, the one a later pass can match when this one dies.
        var instance = held.Holder;
        var runs = new List<PublicCommentRun>();
        foreach (var feed in Enum.GetValues<PublicCommentFeed>())
        {
            runs.Add(await ReadFeedAsync(feed, trigger, instance, pass.Token));
        }

        return runs;
    }

    private async Task<PublicCommentRun> ReadFeedAsync(PublicCommentFeed feed, PollTrigger trigger, string instance, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var run = new PublicCommentRun { Feed = feed, StartedAt = time.GetUtcNow(), Trigger = trigger, Outcome = PollOutcome.Running, Instance = instance };
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["PublicCommentFeed"] = feed });
        try
        {
            db.PublicCommentRuns.Add(run);
            await db.SaveChangesAsync(cancellationToken);
            var xml = await client.GetFeedAsync(feed, cancellationToken);
            var parsed = PublicCommentFeedParser.Parse(xml, feed);
            if (!parsed.IsFeed)
            {
                run.Outcome = PollOutcome.Failed;
                run.Error = parsed.Error;
                logger.LogWarning("Public-comment feed {PublicCommentFeed} could not be read: {Reason}", feed, parsed.Error);
                return run;
            }

            var problems = parsed.Problems.ToList();
            var rules = await db.WatchRules.AsNoTracking().Where(r => r.CoversPublicComments).ToListAsync(cancellationToken);
            foreach (var entry in parsed.Entries)
            {
                try
                {
                    await StoreAsync(feed, entry, rules, run, cancellationToken);
                    run.EntriesRead++;
                }
                catch (DbUpdateException exception)
                {
                    db.ChangeTracker.Clear();
                    problems.Add($"Case {entry.CaseId} could not be stored ({exception.GetBaseException().Message}); it is retried on the next pass.");
                    logger.LogError(exception, "Public-comment case {PublicCommentCaseId} from {PublicCommentFeed} could not be stored", entry.CaseId, feed);
                }
            }

            foreach (var problem in problems)
            {
                logger.LogWarning("Public-comment feed {PublicCommentFeed}: {Problem}", feed, problem);
            }

            run.Outcome = problems.Count == 0 ? PollOutcome.Succeeded : PollOutcome.PartiallyFailed;
            run.Error = problems.Count == 0 ? null : FeedText.Clean(string.Join(" · ", problems), PublicCommentRun.ErrorMaxLength);
            logger.LogInformation(
                "Public-comment feed {PublicCommentFeed} {PollOutcome}: {EntriesRead} cases read, {CasesAdded} new, {ResultsAdded} results, {MatchesAdded} matches for editors",
                feed,
                run.Outcome,
                run.EntriesRead,
                run.CasesAdded,
                run.ResultsAdded,
                run.MatchesAdded);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var error = exception is EGovException ? exception.Message : $"{exception.GetType().Name}: {exception.Message}";
            if (exception is EGovException)
            {
                logger.LogWarning("Public-comment feed {PublicCommentFeed} failed: {Reason}", feed, error);
            }
            else
            {
                logger.LogError(exception, "Public-comment feed {PublicCommentFeed} failed: {Reason}", feed, error);
            }

            run.Outcome = PollOutcome.Failed;
            run.Error = FeedText.Clean(error, PublicCommentRun.ErrorMaxLength);
        }
        finally
        {
            if (run.Outcome == PollOutcome.Running)
            {
                run.Outcome = PollOutcome.Failed;
                run.Error = "The pass was cancelled (the app was stopping).";
            }

            run.FinishedAt = time.GetUtcNow();
            await SaveRunAsync(run);
        }

        return run;
    }

    private async Task SaveRunAsync(PublicCommentRun run)
    {
        try
        {
            db.ChangeTracker.Clear();
            if (run.Id == 0)
            {
                db.PublicCommentRuns.Add(run);
            }
            else
            {
                db.PublicCommentRuns.Update(run);
            }

            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (Exception exception) when (exception is DbUpdateException or InvalidOperationException)
        {
            logger.LogError(exception, "Could not record the end of public-comment run {PublicCommentRunId}", run.Id);
        }
    }

    /// <summary>One case with its result and its new matches, in one SaveChanges.</summary>
    private async Task StoreAsync(PublicCommentFeed feed, PublicCommentEntry entry, List<WatchRule> rules, PublicCommentRun run, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var now = time.GetUtcNow();
        var stored = await db.PublicCommentCases
            .Include(c => c.Result)
            .Include(c => c.Matches)
            .SingleOrDefaultAsync(c => c.CaseId == entry.CaseId, cancellationToken);
        var publicCommentCase = stored ?? new PublicCommentCase
        {
            CaseId = entry.CaseId,
            Title = entry.Title,
            Url = feed == PublicCommentFeed.Consultations ? entry.Url : PublicCommentLinks.CasePage(entry.CaseId),
            FirstSeenAt = now,
        };

        if (feed == PublicCommentFeed.Consultations || stored is null)
        {
            Refresh(publicCommentCase, entry, feed);
        }

        publicCommentCase.LastSeenAt = now;
        var resultAdded = feed == PublicCommentFeed.Results && AttachResult(publicCommentCase, entry, now);
        var matchesAdded = PublicCommentMatching.AddMatches(publicCommentCase, rules, now);
        if (stored is null)
        {
            db.PublicCommentCases.Add(publicCommentCase);
        }

        await db.SaveChangesAsync(cancellationToken);
        run.CasesAdded += stored is null ? 1 : 0;
        run.ResultsAdded += resultAdded ? 1 : 0;
        run.MatchesAdded += matchesAdded;
        if (resultAdded)
        {
            logger.LogInformation(
                "Result of public-comment case {PublicCommentCaseId} published on {ResultPublishedOn} with {CommentCount} comments",
                entry.CaseId,
                entry.ResultPublishedOn,
                entry.CommentCount);
        }
    }

    /// <summary>What the consultation feed says wins; a field the feed leaves out never erases what we knew.</summary>
    private static void Refresh(PublicCommentCase publicCommentCase, PublicCommentEntry entry, PublicCommentFeed feed)
    {
        if (feed == PublicCommentFeed.Consultations)
        {
            publicCommentCase.Title = entry.Title;
            publicCommentCase.Url = entry.Url;
            publicCommentCase.SeenAsConsultation = true;
            publicCommentCase.Deadline = entry.Deadline ?? publicCommentCase.Deadline;
        }

        publicCommentCase.Description = entry.Description.Length > 0 ? entry.Description : publicCommentCase.Description;
        publicCommentCase.Office = entry.Office ?? publicCommentCase.Office;
        publicCommentCase.Category = entry.Category ?? publicCommentCase.Category;
        publicCommentCase.PublishedOn = entry.PublishedOn ?? publicCommentCase.PublishedOn;
    }

    /// <summary>Attaches (or refreshes) the case's result; true when it is new.</summary>
    private static bool AttachResult(PublicCommentCase publicCommentCase, PublicCommentEntry entry, DateTimeOffset now)
    {
        var result = publicCommentCase.Result;
        var isNew = result is null;
        if (result is null)
        {
            result = new PublicCommentResult { Title = entry.Title, Url = entry.Url, FirstSeenAt = now };
            publicCommentCase.Result = result;
        }

        result.Title = entry.Title;
        result.Url = entry.Url;
        result.PublishedOn = entry.ResultPublishedOn ?? result.PublishedOn;
        result.CommentCount = entry.CommentCount ?? result.CommentCount;
        result.LastSeenAt = now;
        return isNew;
    }
}
