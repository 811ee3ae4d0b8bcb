using JapanAiGov.Web.Accounts;
using JapanAiGov.Web.Alerts;
using JapanAiGov.Web.Alerts.Channels;
using JapanAiGov.Web.Data;
using JapanAiGov.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace JapanAiGov.Web.Pages.Admin.Channels;

/// <summary>
/// One destination: its facts, its recent deliveries (with "Redeliver") and its delivery log (every HTTP attempt),
/// "Send test", "Disable"/"Enable", "Rotate secret" (webhooks) and "Remove".
/// </summary>
[Authorize(Policy = Roles.AdminPolicy)]
public sealed class DetailsModel(AppDbContext db, DestinationService destinations, IStringLocalizerFactory localizers) : PageModel
{
    private const int Shown = 30;
    private readonly IStringLocalizer _text = localizers.ForPage<DetailsModel>();

    public ChannelDestination Destination { get; private set; } = null!;

    public IReadOnlyList<Delivery> Deliveries { get; private set; } = [];

    public IReadOnlyList<ChannelDeliveryAttempt> Attempts { get; private set; } = [];

    /// <summary>A rotated secret: shown on this response only.</summary>
    public string? NewSecret { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostTestAsync(long id, CancellationToken cancellationToken)
    {
        var answer = await destinations.SendTestAsync(id, cancellationToken);
        if (answer is null)
        {
            return NotFound();
        }

        var kind = await db.ChannelDestinations.Where(d => d.Id == id).Select(d => d.Kind).SingleAsync(cancellationToken);
        Message = answer.IsSuccess
            ? kind == AlertChannel.Teams && answer.StatusCode == StatusCodes.Status202Accepted ? _text["TestAccepted"] : _text["TestSent", answer.StatusCode ?? 0]
            : _text["TestFailed", answer.Describe()];
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostDisableAsync(long id, CancellationToken cancellationToken) =>
        await destinations.SetEnabledAsync(id, enabled: false, cancellationToken) ? Done(id, "DisabledMessage") : NotFound();

    public async Task<IActionResult> OnPostEnableAsync(long id, CancellationToken cancellationToken) =>
        await destinations.SetEnabledAsync(id, enabled: true, cancellationToken) ? Done(id, "EnabledMessage") : NotFound();

    public async Task<IActionResult> OnPostRedeliverAsync(long id, long deliveryId, CancellationToken cancellationToken) =>
        Done(id, await destinations.RedeliverAsync(id, deliveryId, cancellationToken) ? "Redelivering" : "NotRedelivered");

    public async Task<IActionResult> OnPostRemoveAsync(long id, CancellationToken cancellationToken)
    {
        if (!await destinations.RemoveAsync(id, cancellationToken))
        {
            return NotFound();
        }

        TempData["Message"] = _text["Removed"].Value;
        return RedirectToPage("Index");
    }

    public async Task<IActionResult> OnPostRotateAsync(long id, CancellationToken cancellationToken)
    {
        NewSecret = await destinations.RotateSecretAsync(id, cancellationToken);
        return NewSecret is not null && await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private RedirectToPageResult Done(long id, string message)
    {
        Message = _text[message];
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken)
    {
        var destination = await db.ChannelDestinations.AsNoTracking().Include(d => d.Subscription).SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (destination is null)
        {
            return false;
        }

        Destination = destination;
        Deliveries = await db.Deliveries.AsNoTracking().Where(d => d.SubscriptionId == destination.SubscriptionId).OrderByDescending(d => d.Id).Take(Shown).ToListAsync(cancellationToken);
        Attempts = await db.ChannelDeliveryAttempts.AsNoTracking().Where(a => a.DestinationId == id).OrderByDescending(a => a.Id).Take(Shown * 2).ToListAsync(cancellationToken);
        return true;
    }
}
