namespace JapanAiGov.Web.Items;

/// <summary>Rebuilds statuses at a past moment from the immutable status history.</summary>
public static class StatusHistory
{
    /// <summary>
    /// Each item's status as it stood just before <paramref name="cutoff"/>: the target of its latest change made
    /// before then (ties on the instant broken by the later entry). Items with no change before the cutoff were
    /// not tracked yet and are absent from the result.
    /// </summary>
    public static IReadOnlyDictionary<int, StatusAtTime> AsOf(IEnumerable<StatusChange> changes, DateTimeOffset cutoff)
    {
        var result = new Dictionary<int, StatusAtTime>();
        var latestIds = new Dictionary<int, long>();
        foreach (var change in changes)
        {
            if (change.ChangedAt >= cutoff)
            {
                continue;
            }

            if (result.TryGetValue(change.ItemId, out var current)
                && (change.ChangedAt < current.ChangedAt || (change.ChangedAt == current.ChangedAt && change.Id < latestIds[change.ItemId])))
            {
                continue;
            }

            result[change.ItemId] = new StatusAtTime(change.ToStatus, change.ChangedAt);
            latestIds[change.ItemId] = change.Id;
        }

        return result;
    }
}
