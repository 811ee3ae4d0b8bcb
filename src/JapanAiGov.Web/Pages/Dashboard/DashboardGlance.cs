using System.Globalization;
using JapanAiGov.Web.Caching;
using JapanAiGov.Web.Changes;
using JapanAiGov.Web.Data;
using JapanAiGov.Web.Localization;
using JapanAiGov.Web.PublicComments;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.Pages.Dashboard;

/// <summary>
/// The dashboard's "at a glance" panels: the latest entries of the change log and the open public-comment deadlines of
/// cases an editor confirmed for an item. Both change only with a write (and the deadlines with the JST day), so they are
/// read once per content generation, language and JST day (<see cref="GenerationKeyedMemo{TKey, TValue}"/>): between
/// writes the dashboard still runs one query.
/// </summary>
public sealed record DashboardGlance(IReadOnlyList<ChangeEntry> Recent, IReadOnlyList<OpenConsultation> Consultations)
{
    /// <summary>How many of the latest changes the dashboard lists (the rest are on /changes).</summary>
    public const int RecentCount = 5;

    /// <summary>The most open consultations listed, soonest deadline first.</summary>
    public const int ConsultationCount = 10;

    public static ValueTask<DashboardGlance> ReadAsync(
        GenerationKeyedMemo<Key, DashboardGlance> memo,
        ChangeLog log,
        AppDbContext db,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var key = new Key(CultureInfo.CurrentUICulture.Name, JapanTime.Today(time));
        return memo.GetAsync(key, (k, token) => ReadUncachedAsync(k, log, db, token), cancellationToken);
    }

    /// <summary>The open consultations still open at <paramref name="now"/> (the memo keeps the day's list; a deadline at 17:00 closes at 17:00).</summary>
    public IReadOnlyList<OpenConsultation> OpenAt(DateTimeOffset now) => Consultations.Where(c => c.Deadline > now).ToList();

    private static async Task<DashboardGlance> ReadUncachedAsync(Key key, ChangeLog log, AppDbContext db, CancellationToken cancellationToken)
    {
        var recent = await log.ReadAsync(RecentCount, cancellationToken: cancellationToken);

        // Open on the JST day of the key: the deadline is today or later in Japan. Only confirmed cases are public.
        var from = JapanTime.StartOfDay(key.Day);
        var japanese = AppCultures.IsJapanese();
        var rows = await db.PublicCommentMatches.AsNoTracking()
            .Where(m => m.State == PublicCommentMatchState.Confirmed && m.Case!.Deadline >= from)
            .OrderBy(m => m.Case!.Deadline).ThenBy(m => m.CaseId).ThenBy(m => m.ItemId)
            .Take(ConsultationCount * 4)
            .Select(m => new
            {
                m.Case!.CaseId,
                m.Case.Title,
                m.Case.Url,
                m.Case.Office,
                Deadline = m.Case.Deadline!.Value,
                m.Case.FirstSeenAt,
                m.Item!.Slug,
                ItemTitle = m.Item.Title,
                ItemTitleJa = m.Item.TitleJa,
            })
            .ToListAsync(cancellationToken);
        var consultations = rows
            .GroupBy(r => r.CaseId)
            .Select(g =>
            {
                var first = g.First();
                var items = g.Select(r => new ConsultationItem(r.Slug, Bilingual.Pick(r.ItemTitle, r.ItemTitleJa, japanese))).ToList();
                return new OpenConsultation(first.CaseId, first.Title, first.Url, first.Office, first.Deadline, first.FirstSeenAt, items);
            })
            .Take(ConsultationCount)
            .ToList();
        return new DashboardGlance(recent, consultations);
    }

    /// <summary>The reader's language (item titles) and the JST day (which deadlines are still open).</summary>
    public sealed record Key(string Culture, DateOnly Day);
}
