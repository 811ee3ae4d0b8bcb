namespace JapanAiGov.Web.Alerts;

/// <summary>
/// Which of an item's editorial changes a subscription hears about (<see cref="AlertFollowsRules"/>). Only status and
/// action-level changes are chosen between; every other kind goes to every subscription.
/// </summary>
public enum AlertFollows
{
    Both,
    Status,
    Action,
}
