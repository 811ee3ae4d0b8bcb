using System.ComponentModel.DataAnnotations;
using JapanAiGov.Web.Alerts;
using JapanAiGov.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.Pages.Alerts;

[EnableRateLimiting(AlertsRateLimiting.PolicyName)]
public sealed class SubscribeModel(AppDbContext db, SubscriptionService subscriptions) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public bool Sent { get; set; }

    public IReadOnlyList<ItemOption> Items { get; private set; } = [];

    public IReadOnlyList<string> Topics { get; private set; } = [];

    public async Task OnGetAsync(string? item, string? topic, CancellationToken cancellationToken)
    {
        await LoadOptionsAsync(cancellationToken);
        if (Items.FirstOrDefault(i => i.Slug == item) is { } preselected)
        {
            Input.Scope = SubscriptionScope.Item;
            Input.ItemSlug = preselected.Slug;
        }
        else if (Topics.Contains(topic))
        {
            Input.Scope = SubscriptionScope.Topic;
            Input.Topic = topic;
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadOptionsAsync(cancellationToken);
        var email = string.Empty;
        if (!string.IsNullOrWhiteSpace(Input.Email) && !EmailAddress.TryNormalize(Input.Email, out email))
        {
            ModelState.AddModelError("Input.Email", "Enter an email address like name@example.org.");
        }

        int? itemId = null;
        string? topic = null;
        switch (Input.Scope)
        {
            case SubscriptionScope.Item:
                itemId = Items.FirstOrDefault(i => i.Slug == Input.ItemSlug)?.Id;
                if (itemId is null)
                {
                    ModelState.AddModelError("Input.ItemSlug", "Choose the item to follow.");
                }

                break;
            case SubscriptionScope.Topic:
                topic = Topics.FirstOrDefault(t => t == Input.Topic);
                if (topic is null)
                {
                    ModelState.AddModelError("Input.Topic", "Choose the topic to follow.");
                }

                break;
            case SubscriptionScope.AllItems:
                break;
            default:
                ModelState.AddModelError("Input.Scope", "Choose what to follow.");
                break;
        }

        if (!Enum.IsDefined(Input.Cadence))
        {
            ModelState.AddModelError("Input.Cadence", "Choose how often to hear from us.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await subscriptions.SubscribeAsync(new SubscriptionRequest(email, Input.Scope, itemId, topic, Input.Cadence), cancellationToken);
        return RedirectToPage(new { sent = true });
    }

    private async Task LoadOptionsAsync(CancellationToken cancellationToken)
    {
        Items = await db.Items.AsNoTracking()
            .OrderBy(i => i.Title)
            .Select(i => new ItemOption(i.Id, i.Slug, i.Title, i.Topic))
            .ToListAsync(cancellationToken);
        Topics = Items.Select(i => i.Topic).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    public sealed record ItemOption(int Id, string Slug, string Title, string Topic);

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your email address.")]
        [StringLength(Subscription.EmailMaxLength, ErrorMessage = "That email address is too long.")]
        public string Email { get; set; } = string.Empty;

        public SubscriptionScope Scope { get; set; } = SubscriptionScope.AllItems;

        public string? ItemSlug { get; set; }

        public string? Topic { get; set; }

        public AlertCadence Cadence { get; set; } = AlertCadence.Immediate;
    }
}
