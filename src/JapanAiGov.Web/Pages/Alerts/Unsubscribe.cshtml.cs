using JapanAiGov.Web.Alerts;
using JapanAiGov.Web.Localization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace JapanAiGov.Web.Pages.Alerts;

/// <summary>
/// RFC 8058: mail clients POST "List-Unsubscribe=One-Click" here with no cookies and no antiforgery token, so this
/// page accepts POSTs without one; the unguessable token in the URL is what authorises the request. GET only shows
/// a button, so a prefetching scanner cannot unsubscribe anyone. Not rate-limited: one-click POSTs arrive from a
/// few large mail providers' addresses, and a limit there would silently keep people subscribed. The language form
/// is an ordinary form and checks its antiforgery token itself (a page-wide filter would refuse the one-click POST).
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class UnsubscribeModel(SubscriptionService subscriptions, AlertMessageComposer composer, IAntiforgery antiforgery, IStringLocalizerFactory localizers) : PageModel
{
    public bool Found { get; private set; }

    public bool Unsubscribed { get; private set; }

    public string ScopeDescription { get; private set; } = string.Empty;

    /// <summary>The language the subscription's emails are written in.</summary>
    public string Language { get; private set; } = AppCultures.English;

    public bool LanguageSaved { get; private set; }

    /// <summary>Why the language was not changed (a value other than en or ja), in the reader's language.</summary>
    public string? LanguageError { get; private set; }

    /// <summary>This page's own path (generated URLs are lower-cased, and the token in it is case-sensitive).</summary>
    public string LanguageAction => Request.PathBase + Request.Path + "?handler=Language";

    /// <summary>The settings page of the same subscription (same token): scope, cadence, which changes, language.</summary>
    public string SettingsPath => Request.PathBase + "/alerts/settings/" + Uri.EscapeDataString((string?)RouteData.Values["token"] ?? string.Empty);

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        var subscription = await subscriptions.FindByUnsubscribeTokenAsync(token, cancellationToken);
        if (subscription is not null)
        {
            Found = true;
            Unsubscribed = subscription.UnsubscribedAt is not null;
            ScopeDescription = await composer.DescribeScopeAsync(subscription, cancellationToken);
            Language = subscription.Language;
        }

        return Result();
    }

    /// <summary>The manage part of the page: the language of this subscription's emails.</summary>
    public async Task<IActionResult> OnPostLanguageAsync(string token, string? language, CancellationToken cancellationToken)
    {
        if (!await antiforgery.IsRequestValidAsync(HttpContext))
        {
            return BadRequest();
        }

        var subscription = await subscriptions.FindByUnsubscribeTokenAsync(token, cancellationToken);
        if (subscription is not null)
        {
            Found = true;
            Unsubscribed = subscription.UnsubscribedAt is not null;
            if (Unsubscribed)
            {
                // Nothing is sent any more: the page says so and offers to subscribe again.
            }
            else if (language is AppCultures.English or AppCultures.Japanese)
            {
                await subscriptions.SetLanguageAsync(subscription, language, cancellationToken);
                LanguageSaved = true;
            }
            else
            {
                LanguageError = localizers.ForPage<UnsubscribeModel>()["LanguageInvalid"];
            }

            ScopeDescription = await composer.DescribeScopeAsync(subscription, cancellationToken);
            Language = subscription.Language;
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
        Response.StatusCode = !Found ? StatusCodes.Status404NotFound : LanguageError is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
        return Page();
    }
}
