namespace JapanAiGov.Web.Changes;

/// <summary>
/// How a reader of one kind treats rows at the very instant of a paging position (see
/// <see cref="ChangePosition.TieFor"/>): the log orders by instant (newest first), then kind, then id (newest first).
/// </summary>
public enum ChangeTie
{
    /// <summary>The reader's kind sorts after the position's at one instant: rows at that instant are still to come.</summary>
    IncludeInstant,

    /// <summary>The same kind: rows at that instant come next only with a smaller id.</summary>
    OlderIdAtInstant,

    /// <summary>The reader's kind sorts before the position's at one instant: those rows were already given.</summary>
    ExcludeInstant,
}
