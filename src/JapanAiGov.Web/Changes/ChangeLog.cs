using JapanAiGov.Web.Localization;

namespace JapanAiGov.Web.Changes;

/// <summary>
/// The public change log behind /changes, the Atom feeds, /api/v1/changes and the alert messages: every registered
/// <see cref="IChangeReader"/> (one per <see cref="ChangeKind"/>) reads its own rows in order from an index, only
/// <c>limit</c> each, and the log merges them newest first with one rule on (instant, kind, id), so a page costs the
/// same however long the history grows and a new kind pages without repeats.
/// </summary>
public sealed class ChangeLog
{
    private readonly Dictionary<ChangeKind, IChangeReader> _readers;

    public ChangeLog(IEnumerable<IChangeReader> readers)
    {
        _readers = readers.ToDictionary(r => r.Kind);
        var missing = Enum.GetValues<ChangeKind>().Where(k => !_readers.ContainsKey(k)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"No change reader is registered for {string.Join(", ", missing)} (AddChangeReader).");
        }
    }

    /// <summary>
    /// Up to <paramref name="limit"/> entries, newest first, optionally for one item, not older than
    /// <paramref name="since"/> (inclusive), and strictly after <paramref name="after"/> in the log's order.
    /// </summary>
    public async Task<IReadOnlyList<ChangeEntry>> ReadAsync(
        int limit,
        int? itemId = null,
        DateTimeOffset? since = null,
        ChangePosition? after = null,
        CancellationToken cancellationToken = default)
    {
        // Instants are stored as UTC ticks (AppDbContext), so only UTC values compare correctly in SQL.
        var query = new ChangeQuery(
            limit,
            itemId,
            since?.ToUniversalTime(),
            after is null ? null : after with { OccurredAt = after.OccurredAt.ToUniversalTime() },
            AppCultures.IsJapanese());
        var entries = new List<ChangeEntry>();
        foreach (var reader in _readers.Values)
        {
            entries.AddRange(await reader.ReadAsync(query, cancellationToken));
        }

        return entries.OrderBy(e => e.Position, ChangePositionOrder.NewestFirst).Take(limit).ToList();
    }

    /// <summary>The entries the references point at (what alert events point at), oldest first; a reference that is not (or no longer) a public change is left out.</summary>
    public async Task<IReadOnlyList<ChangeEntry>> FindAsync(IReadOnlyCollection<ChangeRef> changes, CancellationToken cancellationToken = default)
    {
        var japanese = AppCultures.IsJapanese();
        var entries = new List<ChangeEntry>();
        foreach (var byKind in changes.GroupBy(c => c.Kind))
        {
            entries.AddRange(await _readers[byKind.Key].FindAsync(byKind.Select(c => c.Id).Distinct().ToList(), japanese, cancellationToken));
        }

        return entries.OrderBy(e => e.OccurredAt).ThenBy(e => e.Kind).ThenBy(e => e.Id).ToList();
    }
}
