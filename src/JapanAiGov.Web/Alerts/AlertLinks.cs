using JapanAiGov.Web.Infrastructure;

namespace JapanAiGov.Web.Alerts;

/// <summary>The absolute links (from App:PublicBaseUrl) an alert carries, built in one place for every channel.</summary>
public static class AlertLinks
{
    public static Uri Item(AppOptions app, string itemSlug) => app.Link($"/items/{itemSlug}");

    public static Uri Confirm(AppOptions app, string confirmToken) => app.Link($"/alerts/confirm/{confirmToken}");

    /// <summary>The subscriber's settings page (scope, cadence, language, unsubscribe), authorised by the same token as the unsubscribe link.</summary>
    public static Uri Settings(AppOptions app, string unsubscribeToken) => app.Link($"/alerts/settings/{unsubscribeToken}");

    public static Uri Unsubscribe(AppOptions app, string unsubscribeToken) => app.Link($"/alerts/unsubscribe/{unsubscribeToken}");
}
