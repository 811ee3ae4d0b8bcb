using JapanAiGov.Web.Data;
using JapanAiGov.Web.Items;
using JapanAiGov.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.Changes;

/// <summary>An item's action-level changes (Monitor / Prepare / Act), read from the item's own history like its status changes.</summary>
public sealed class ActionChangeReader(AppDbContext db) : IChangeReader
{
    public ChangeKind Kind => ChangeKind.ActionChange;

    public async Task<IReadOnlyList<ChangeEntry>> ReadAsync(ChangeQuery query, CancellationToken cancellationToken)
    {
        var changes = db.ActionChanges.AsNoTracking();
        if (query.ItemId is { } id)
        {
            changes = changes.Where(c => c.ItemId == id);
        }

        if (query.Since is { } from)
        {
            changes = changes.Where(c => c.ChangedAt >= from);
        }

        if (query.After is { } after)
        {
            var (at, afterId) = (after.OccurredAt, after.Id);
            changes = after.TieFor(Kind) switch
            {
                ChangeTie.IncludeInstant => changes.Where(c => c.ChangedAt <= at),
                ChangeTie.OlderIdAtInstant => changes.Where(c => c.ChangedAt < at || (c.ChangedAt == at && c.Id < afterId)),
                ChangeTie.ExcludeInstant => changes.Where(c => c.ChangedAt < at),
            };
        }

        var rows = await Project(changes.OrderByDescending(c => c.ChangedAt).ThenByDescending(c => c.Id).Take(query.Limit)).ToListAsync(cancellationToken);
        return rows.ConvertAll(r => r.ToEntry(query.Japanese));
    }

    public async Task<IReadOnlyList<ChangeEntry>> FindAsync(IReadOnlyCollection<long> ids, bool japanese, CancellationToken cancellationToken)
    {
        var rows = await Project(db.ActionChanges.AsNoTracking().Where(c => ids.Contains(c.Id))).ToListAsync(cancellationToken);
        return rows.ConvertAll(r => r.ToEntry(japanese));
    }

    private static IQueryable<Row> Project(IQueryable<ActionChange> changes) =>
        changes.Select(c => new Row(
            c.Id, c.ChangedAt, c.ItemId, c.Item!.Slug, c.Item.Title, c.Item.TitleJa, c.Item.Topic, c.FromLevel, c.ToLevel,
            c.Reason, c.ReasonJa, c.Trigger, c.TriggerJa, c.DueOn, c.DueLabel, c.DueLabelJa, c.ChangedBy));

    private sealed record Row(
        long Id,
        DateTimeOffset ChangedAt,
        int ItemId,
        string Slug,
        string Title,
        string TitleJa,
        string Topic,
        ActionLevel? FromLevel,
        ActionLevel ToLevel,
        string Reason,
        string ReasonJa,
        string Trigger,
        string TriggerJa,
        DateOnly? DueOn,
        string DueLabel,
        string DueLabelJa,
        string ChangedBy)
    {
        public ChangeEntry ToEntry(bool japanese) => ChangeEntries.ForItem(ChangeKind.ActionChange, Id, ChangedAt, ItemId, Slug, Title, TitleJa, Topic, japanese) with
        {
            FromAction = FromLevel,
            ToAction = ToLevel,
            Reason = Bilingual.Pick(Reason, ReasonJa, japanese).Text,
            ActionTrigger = Optional(Bilingual.Pick(Trigger, TriggerJa, japanese).Text),
            ActionDueOn = DueOn,
            ActionDueLabel = Optional(Bilingual.Pick(DueLabel, DueLabelJa, japanese).Text),
            ChangedBy = ChangedBy,
        };

        private static string? Optional(string text) => string.IsNullOrWhiteSpace(text) ? null : text;
    }
}
