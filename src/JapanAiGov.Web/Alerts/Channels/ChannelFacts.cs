using JapanAiGov.Web.Changes;
using JapanAiGov.Web.Items;
using JapanAiGov.Web.Localization;

namespace JapanAiGov.Web.Alerts.Channels;

/// <summary>
/// What a chat message (Slack, Teams) says about one change, in the current UI language (ChannelFacts.resx /
/// .ja.resx): the headline, labelled facts and the link to the item. A message with no change is a test message.
/// </summary>
public sealed record ChannelFacts(string Headline, IReadOnlyList<(string Label, string Value)> Facts, Uri? Link, string LinkText)
{
    private static readonly ResourceText Text = new(typeof(ChannelFacts));

    public static ChannelFacts For(AlertMessage message)
    {
        var change = message.Changes.Count == 1 ? message.Changes[0] : null;
        List<(string Label, string Value)> facts = change is null ? [(Text["Scope"], message.ScopeDescription)] : FactsOf(change);
        return new ChannelFacts(message.Headline, [.. facts.Where(f => !string.IsNullOrWhiteSpace(f.Value))], message.ItemUrl, Text["OpenItem"]);
    }

    /// <summary>The headline of a test message, in the current UI language.</summary>
    public static string TestHeadline() => Text["TestHeadline"];

    private static List<(string Label, string Value)> FactsOf(ChangeEntry change) => change.Kind switch
    {
        ChangeKind.StatusChange =>
        [
            (Text["From"], change.FromStatus?.Label() ?? ItemStatusText.NewLabel()),
            (Text["To"], change.ToStatus?.Label() ?? string.Empty),
            (Text["Reason"], change.Reason ?? string.Empty),
            (Text["Evidence"], change.EvidenceUrl ?? string.Empty),
        ],
        ChangeKind.LegislativeUpdate =>
        [
            (Text["Law"], change.LawTitle ?? change.LawId ?? string.Empty),
            (Text["Amendment"], change.AmendmentLawTitle ?? string.Empty),
            (Text["InForce"], change.EnforcementDate is { } on ? JapanTime.FormatDate(on) : string.Empty),
        ],
        ChangeKind.PublicComment =>
        [
            (Text["Case"], change.CaseTitle ?? string.Empty),
            (Text["Details"], change.CaseFacts),
            (Text["Link"], change.CaseUrl ?? string.Empty),
        ],
        ChangeKind.DietBill =>
        [
            (Text["Bill"], change.BillTitle ?? string.Empty),
            (Text["Stage"], change.BillStageName ?? string.Empty),
            (Text["LawNumber"], change.BillLawNumber ?? string.Empty),
            (Text["Link"], change.BillUrl ?? string.Empty),
        ],
        ChangeKind.ActionChange =>
        [
            (Text["ActionLevel"], change.ActionMove),
            (Text["Reason"], change.Reason ?? string.Empty),
            (Text["Trigger"], change.ActionTrigger ?? string.Empty),
            (Text["KeyDate"], change.ActionDueLine ?? string.Empty),
        ],
        ChangeKind.Correction =>
        [
            (Text["Retracted"], $"{change.FromStatus?.Label()} → {change.ToStatus?.Label()}"),
            (Text["NowAgain"], change.FromStatus?.Label() ?? string.Empty),
            (Text["Reason"], change.RetractionReason ?? string.Empty),
        ],
        ChangeKind.Withdrawal =>
        [
            (Text[change.Withdrawn == true ? "Withdrawn" : "Restored"], change.Reason ?? string.Empty),
            (Text["Evidence"], change.EvidenceUrl ?? string.Empty),
        ],
    };
}
