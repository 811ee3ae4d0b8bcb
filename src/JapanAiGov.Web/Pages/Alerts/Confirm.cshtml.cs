using JapanAiGov.Web.Alerts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace JapanAiGov.Web.Pages.Alerts;

/// <summary>
/// GET only shows a Confirm button: mail scanners and link previewers fetch links, and must not confirm for the
/// recipient. Only the POST (a person pressing the button) confirms.
/// </summary>
[EnableRateLimiting(AlertsRateLimiting.PolicyName)]
public sealed class ConfirmModel(SubscriptionService subscriptions, AlertMessageComposer composer) : PageModel
{
    public ConfirmState State { get; private set; }

    public string ScopeDescription { get; private set; } = string.Empty;

    public AlertCadence Cadence { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        var subscription = await subscriptions.FindByConfirmTokenAsync(token, cancellationToken);
        await DescribeAsync(subscription, cancellationToken);
        State = subscription switch
        {
            null => ConfirmState.Invalid,
            { IsActive: true } => ConfirmState.Confirmed,
            _ when subscriptions.CanConfirm(subscription) => ConfirmState.Ready,
            _ => ConfirmState.Expired,
        };
        return Result();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken cancellationToken)
    {
        var subscription = await subscriptions.FindByConfirmTokenAsync(token, cancellationToken);
        await DescribeAsync(subscription, cancellationToken);
        State = subscription is null ? ConfirmState.Invalid
            : await subscriptions.ConfirmAsync(subscription, cancellationToken) ? ConfirmState.Confirmed
            : ConfirmState.Expired;
        return Result();
    }

    private async Task DescribeAsync(Subscription? subscription, CancellationToken cancellationToken)
    {
        if (subscription is not null)
        {
            ScopeDescription = await composer.DescribeScopeAsync(subscription, cancellationToken);
            Cadence = subscription.Cadence;
        }
    }

    private PageResult Result()
    {
        Response.StatusCode = State switch
        {
            ConfirmState.Invalid => StatusCodes.Status404NotFound,
            ConfirmState.Expired => StatusCodes.Status410Gone,
            _ => StatusCodes.Status200OK,
        };
        return Page();
    }

    public enum ConfirmState
    {
        Invalid,
        Expired,
        Ready,
        Confirmed,
    }
}
