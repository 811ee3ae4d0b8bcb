using JapanAiGov.Web.Changes;
using JapanAiGov.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.PublicComments;

/// <summary>Public-comment cases an editor confirmed for an item, at the moment of confirmation.</summary>
public sealed class PublicCommentChangeReader(AppDbContext db) : IChangeReader
{
    public ChangeKind Kind => ChangeKind.PublicComment;

    public async Task<IReadOnlyList<ChangeEntry>> ReadAsync(ChangeQuery query, CancellationToken cancellationToken)
    {
        var matches = ConfirmedMatches();
        if (query.ItemId is { } id)
        {
            matches = matches.Where(m => m.ItemId == id);
        }

        if (query.Since is { } from)
        {
            matches = matches.Where(m => m.DecidedAt >= from);
        }

        if (query.After is { } after)
        {
            var (at, afterId) = (after.OccurredAt, after.Id);
            matches = after.TieFor(Kind) switch
            {
                ChangeTie.IncludeInstant => matches.Where(m => m.DecidedAt <= at),
                ChangeTie.OlderIdAtInstant => matches.Where(m => m.DecidedAt < at || (m.DecidedAt == at && m.Id < afterId)),
                ChangeTie.ExcludeInstant => matches.Where(m => m.DecidedAt < at),
            };
        }

        var rows = await Project(matches.OrderByDescending(m => m.DecidedAt).ThenByDescending(m => m.Id).Take(query.Limit)).ToListAsync(cancellationToken);
        return rows.ConvertAll(r => r.ToEntry(query.Japanese));
    }

    public async Task<IReadOnlyList<ChangeEntry>> FindAsync(IReadOnlyCollection<long> ids, bool japanese, CancellationToken cancellationToken)
    {
        var rows = await Project(ConfirmedMatches().Where(m => ids.Contains(m.Id))).ToListAsync(cancellationToken);
        return rows.ConvertAll(r => r.ToEntry(japanese));
    }

    /// <summary>Only matches an editor confirmed are public changes.</summary>
    private IQueryable<PublicCommentMatch> ConfirmedMatches() =>
        db.PublicCommentMatches.AsNoTracking().Where(m => m.State == PublicCommentMatchState.Confirmed && m.DecidedAt != null);

    private static IQueryable<Row> Project(IQueryable<PublicCommentMatch> matches) =>
        matches.Select(m => new Row
        {
            Id = m.Id,
            DecidedAt = m.DecidedAt!.Value,
            ItemId = m.ItemId,
            Slug = m.Item!.Slug,
            Title = m.Item.Title,
            TitleJa = m.Item.TitleJa,
            Topic = m.Item.Topic,
            DecidedBy = m.DecidedBy,
            CaseId = m.Case!.CaseId,
            CaseTitle = m.Case.Title,
            CaseUrl = m.Case.Url,
            CaseOffice = m.Case.Office,
            CommentDeadline = m.Case.Deadline,
            ResultPublishedOn = m.Case.Result == null ? null : m.Case.Result.PublishedOn,
            CommentCount = m.Case.Result == null ? null : m.Case.Result.CommentCount,
        });

    private sealed class Row
    {
        public long Id { get; init; }

        public DateTimeOffset DecidedAt { get; init; }

        public int ItemId { get; init; }

        public required string Slug { get; init; }

        public required string Title { get; init; }

        public required string TitleJa { get; init; }

        public required string Topic { get; init; }

        public string? DecidedBy { get; init; }

        public required string CaseId { get; init; }

        public string? CaseTitle { get; init; }

        public string? CaseUrl { get; init; }

        public string? CaseOffice { get; init; }

        public DateTimeOffset? CommentDeadline { get; init; }

        public DateOnly? ResultPublishedOn { get; init; }

        public int? CommentCount { get; init; }

        public ChangeEntry ToEntry(bool japanese) => ChangeEntries.ForItem(ChangeKind.PublicComment, Id, DecidedAt, ItemId, Slug, Title, TitleJa, Topic, japanese) with
        {
            ChangedBy = DecidedBy,
            CaseId = CaseId,
            CaseTitle = CaseTitle,
            CaseUrl = CaseUrl,
            CaseOffice = CaseOffice,
            CommentDeadline = CommentDeadline,
            ResultPublishedOn = ResultPublishedOn,
            CommentCount = CommentCount,
        };
    }
}
