using System.Globalization;
using System.Resources;
using JapanAiGov.Web.Infrastructure;

namespace JapanAiGov.Web.Items;

/// <summary>
/// A topic and a jurisdiction in the reader's language. Items store a short key (<c>privacy</c>, <c>JP</c>) that links,
/// filters and subscriptions use; the glossary's topics have a label in each language (privacy = 個人情報保護), and a topic
/// an editor wrote that the glossary does not know is shown as written.
/// </summary>
public static class TopicText
{
    private static readonly ResourceManager Resources = new LocalizedResources(typeof(TopicText));

    public static string Label(string topic, CultureInfo? culture = null) =>
        Resources.GetString("Topic." + topic, culture ?? CultureInfo.CurrentUICulture) ?? topic;

    /// <summary>"JP" as 日本 / Japan.</summary>
    public static string Jurisdiction(string jurisdiction, CultureInfo? culture = null) =>
        Resources.GetString("Jurisdiction." + jurisdiction, culture ?? CultureInfo.CurrentUICulture) ?? jurisdiction;
}
