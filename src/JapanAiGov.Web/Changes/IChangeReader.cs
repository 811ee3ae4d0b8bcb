namespace JapanAiGov.Web.Changes;

/// <summary>
/// Reads one kind of change for the log, beside the feature that owns its rows; registered with
/// <see cref="ChangesServiceCollectionExtensions.AddChangeReader{TReader}"/>. The log only merges what the readers return.
/// </summary>
public interface IChangeReader
{
    ChangeKind Kind { get; }

    /// <summary>
    /// Up to <c>query.Limit</c> entries of this kind, newest first (then newest id first), read in that order from an
    /// index; those at or before <c>query.After</c> are left out by <see cref="ChangePosition.TieFor"/>.
    /// </summary>
    Task<IReadOnlyList<ChangeEntry>> ReadAsync(ChangeQuery query, CancellationToken cancellationToken);

    /// <summary>The entries with these ids; an id that is not (or no longer) a public change is left out.</summary>
    Task<IReadOnlyList<ChangeEntry>> FindAsync(IReadOnlyCollection<long> ids, bool japanese, CancellationToken cancellationToken);
}
