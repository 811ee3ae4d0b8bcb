using System.Globalization;
using System.Resources;
using JapanAiGov.Web.Infrastructure;

namespace JapanAiGov.Web.Alerts;

/// <summary>What a subscription follows, as a phrase in the reader's language ("the item “…”" / "項目「…」").</summary>
public static class SubscriptionScopeText
{
    private static readonly ResourceManager Resources = new LocalizedResources(typeof(SubscriptionScopeText));

    public static string Describe(SubscriptionScope scope, string? itemTitle, string? topic, CultureInfo? culture = null)
    {
        culture ??= CultureInfo.CurrentUICulture;
        var format = Resources.GetString(scope.ToString(), culture) ?? Resources.GetString(nameof(SubscriptionScope.AllItems), culture)!;
        return string.Format(culture, format, scope == SubscriptionScope.Topic && topic is not null ? Items.TopicText.Label(topic, culture) : itemTitle);
    }
}
