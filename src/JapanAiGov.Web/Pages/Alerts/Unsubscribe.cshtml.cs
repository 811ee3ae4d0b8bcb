using JapanAiGov.Web.Alerts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JapanAiGov.Web.Pages.Alerts;

/// <summary>
/// RFC 8058: mail clients POST "List-Unsubscribe=One-Click" here with no cookies and no antiforgery token, so this
/// page accepts POSTs without one; the unguessable token in the URL is what authorises the request. GET only shows
/// a button, so a prefetching scanner cannot unsubscribe anyone. Not rate-limited: one-click POSTs arrive from a
/// few large mail providers' addresses, and a limit there would silently keep people subscribed.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class UnsubscribeModel(SubscriptionService subscriptions, AlertMessageComposer composer) : PageModel
{
    public bool Found { get; private set; }

    public bool Unsubscribed { get; private set; }

    public string ScopeDescription { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        var subscription = await subscriptions.FindByUnsubscribeTokenAsync(token, cancellationToken);
        if (subscription is not null)
        {
            Found = true;
            Unsubscribed = subscription.UnsubscribedAt is not null;
            ScopeDescription = await composer.DescribeScopeAsync(subscription, cancellationToken);
        }

        return Result();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken cancellationToken)
    {
        var subscription = await subscriptions.FindByUnsubscribeTokenAsync(token, cancellationToken);
        if (subscription is not null)
        {
            await subscriptions.UnsubscribeAsync(subscription, cancellationToken);
            Found = true;
            Unsubscribed = true;
            ScopeDescription = await composer.DescribeScopeAsync(subscription, cancellationToken);
        }

        return Result();
    }

    private PageResult Result()
    {
        Response.StatusCode = Found ? StatusCodes.Status200OK : StatusCodes.Status404NotFound;
        return Page();
    }
}
