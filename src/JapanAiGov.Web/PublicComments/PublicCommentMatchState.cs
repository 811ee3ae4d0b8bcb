namespace JapanAiGov.Web.PublicComments;

public enum PublicCommentMatchState
{
    /// <summary>Matched by a watch rule, waiting for an editor (in the inbox).</summary>
    New,

    /// <summary>An editor confirmed it belongs to the item: public on the item page, calendar and feeds.</summary>
    Confirmed,

    /// <summary>An editor decided it does not bear on the item (with a reason).</summary>
    Dismissed,
}
