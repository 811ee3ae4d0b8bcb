using JapanAiGov.Web.Items;

namespace JapanAiGov.Web.Pages.Admin.Items;

/// <summary>
/// What the retract form shows, on the status page and on its own page: the item, its newest status change (null when
/// it has none), and the form's values (the item's version and the change the editor sees, so a stale form is caught).
/// </summary>
public sealed record RetractForm(RegulatoryItem Item, StatusChange? Latest, string? Reason = null)
{
    /// <summary>A first status or an already retracted change cannot be retracted; the form then says why instead.</summary>
    public bool CanRetract => Latest is { FromStatus: not null, RetractedAt: null };
}
