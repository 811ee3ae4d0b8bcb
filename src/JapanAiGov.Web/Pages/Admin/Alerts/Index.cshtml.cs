using JapanAiGov.Web.Accounts;
using JapanAiGov.Web.Alerts;
using JapanAiGov.Web.Data;
using JapanAiGov.Web.Infrastructure;
using JapanAiGov.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace JapanAiGov.Web.Pages.Admin.Alerts;

[Authorize(Policy = Roles.AdminPolicy)]
public sealed class IndexModel(AppDbContext db, WakeUpSignal<AlertDispatcher> signal, TimeProvider time, IStringLocalizerFactory localizers, ILogger<IndexModel> logger) : PageModel
{
    private readonly IStringLocalizer _text = localizers.ForPage<IndexModel>();

    private const int DeadShown = 100;

    public IReadOnlyDictionary<DeliveryStatus, int> Counts { get; private set; } = new Dictionary<DeliveryStatus, int>();

    public int EventsAwaitingFanOut { get; private set; }

    public int ConfirmedSubscriptions { get; private set; }

    public int PendingSubscriptions { get; private set; }

    public DateTimeOffset? NextAttemptAt { get; private set; }

    public IReadOnlyList<DeadRow> Dead { get; private set; } = [];

    /// <summary>Pending deliveries whose token this instance cannot decrypt (a key missing from the shared key ring).</summary>
    public int WaitingForKey { get; private set; }

    public DateTimeOffset? WaitingForKeySince { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Counts = await db.Deliveries.GroupBy(d => d.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        EventsAwaitingFanOut = await db.AlertEvents.CountAsync(e => e.FannedOutAt == null, cancellationToken);
        ConfirmedSubscriptions = await db.Subscriptions.CountAsync(s => s.ConfirmedAt != null && s.UnsubscribedAt == null, cancellationToken);
        PendingSubscriptions = await db.Subscriptions.CountAsync(s => s.ConfirmedAt == null && s.UnsubscribedAt == null, cancellationToken);
        NextAttemptAt = await db.Deliveries.Where(d => d.Status == DeliveryStatus.Pending).OrderBy(d => d.NextAttemptAt).Select(d => (DateTimeOffset?)d.NextAttemptAt).FirstOrDefaultAsync(cancellationToken);
        var waitingForKey = db.Deliveries.Where(d => d.Status == DeliveryStatus.Pending && d.LastError != null && d.LastError.StartsWith(Delivery.KeyProblem));
        WaitingForKey = await waitingForKey.CountAsync(cancellationToken);
        WaitingForKeySince = WaitingForKey == 0 ? null : await waitingForKey.OrderBy(d => d.Id).Select(d => (DateTimeOffset?)d.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        var dead = await (
            from d in db.Deliveries.AsNoTracking()
            where d.Status == DeliveryStatus.Dead
            join s in db.Subscriptions on d.SubscriptionId equals s.Id
            orderby d.Id descending
            select new { d.Id, d.Kind, d.AlertEventId, d.DigestDate, s.Email, d.Attempts, d.LastError, d.CreatedAt })
            .Take(DeadShown)
            .ToListAsync(cancellationToken);
        Dead = dead.Select(d => new DeadRow(d.Id, d.Kind, d.AlertEventId, d.DigestDate, EmailAddress.Mask(d.Email), d.Attempts, d.LastError is null ? null : EmailAddress.MaskAll(d.LastError), d.CreatedAt)).ToList();
    }

    public async Task<IActionResult> OnPostRetryAsync(long id, CancellationToken cancellationToken)
    {
        var count = await RetryAsync(db.Deliveries.Where(d => d.Id == id), cancellationToken);
        Message = _text[count == 1 ? "RetriedOne" : "NotDead", id];
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRetryAllAsync(CancellationToken cancellationToken)
    {
        var count = await RetryAsync(db.Deliveries, cancellationToken);
        Message = count == 1 ? _text["RetriedAllOne"] : _text["RetriedAll", count];
        return RedirectToPage();
    }

    private async Task<int> RetryAsync(IQueryable<Delivery> deliveries, CancellationToken cancellationToken)
    {
        var count = await deliveries.Where(d => d.Status == DeliveryStatus.Dead).RequeueAsync(time.GetUtcNow(), cancellationToken);
        logger.LogInformation("Admin queued {DeliveryCount} dead deliveries for retry", count);
        signal.Notify();
        return count;
    }

    public sealed record DeadRow(long Id, DeliveryKind Kind, long? AlertEventId, DateOnly? DigestDate, string Recipient, int Attempts, string? LastError, DateTimeOffset CreatedAt);
}
