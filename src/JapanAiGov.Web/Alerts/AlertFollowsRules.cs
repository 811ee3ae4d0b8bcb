using JapanAiGov.Web.Changes;

namespace JapanAiGov.Web.Alerts;

/// <summary>The one rule for which subscriptions hear about which kind of change (the fan-out's SQL and the digests use it).</summary>
public static class AlertFollowsRules
{
    /// <summary>The choice that leaves out changes of <paramref name="kind"/>; null when every subscription hears about them.</summary>
    public static AlertFollows? LeftOutBy(ChangeKind kind) => kind switch
    {
        ChangeKind.StatusChange => AlertFollows.Action,
        ChangeKind.ActionChange => AlertFollows.Status,
        ChangeKind.LegislativeUpdate => null,
        ChangeKind.PublicComment => null,
        ChangeKind.DietBill => null,

        // Sent only to those told of the retracted change, whatever they follow now (AlertFanOut).
        ChangeKind.Correction => null,
        ChangeKind.Withdrawal => null,
    };

    /// <summary>Whether a subscription following <paramref name="follows"/> hears about a change of <paramref name="kind"/>.</summary>
    public static bool Includes(this AlertFollows follows, ChangeKind kind) => LeftOutBy(kind) != follows;
}
