using System.ComponentModel.DataAnnotations;
using JapanAiGov.Web.Alerts;
using JapanAiGov.Web.Data;
using JapanAiGov.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace JapanAiGov.Web.Pages.Alerts;

[EnableRateLimiting(AlertsRateLimiting.PolicyName)]
public sealed class SubscribeModel(AppDbContext db, SubscriptionService subscriptions, IStringLocalizerFactory localizers) : PageModel
{
    private readonly IStringLocalizer _text = localizers.ForPage<SubscribeModel>();

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public bool Sent { get; set; }

    public IReadOnlyList<ItemOption> Items { get; private set; } = [];

    public IReadOnlyList<string> Topics { get; private set; } = [];

    /// <summary>
    /// The form, with what the link or an item page's subscribe box brought filled in (item or topic, address,
    /// cadence); nothing is subscribed until the reader posts it.
    /// </summary>
    public async Task OnGetAsync(string? item, string? topic, string? email, AlertCadence? cadence, CancellationToken cancellationToken)
    {
        await LoadOptionsAsync(cancellationToken);
        if (email is { Length: <= 254 })
        {
            Input.Email = email;
        }

        if (cadence is { } chosen && Enum.IsDefined(chosen))
        {
            Input.Cadence = chosen;
        }

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
            ModelState.AddModelError("Input.Email", _text["EmailInvalid"]);
        }

        if (!Enum.IsDefined(Input.Scope))
        {
            ModelState.AddModelError("Input.Scope", _text["ChooseScope"]);
        }

        var (itemId, topic) = ScopeTarget(Input.Scope, Input.ItemSlug, Input.Topic, Items, Topics, ModelState, _text);

        if (!Enum.IsDefined(Input.Cadence))
        {
            ModelState.AddModelError("Input.Cadence", _text["ChooseCadence"]);
        }

        if (!Enum.IsDefined(Input.Follows))
        {
            ModelState.AddModelError("Input.Follows", _text["ChooseFollows"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var language = AppCultures.IsJapanese() ? AppCultures.Japanese : AppCultures.English;
        await subscriptions.SubscribeAsync(new SubscriptionRequest(email, Input.Scope, itemId, topic, Input.Cadence, language, Input.Follows), cancellationToken);
        return RedirectToPage(new { sent = true });
    }

    private async Task LoadOptionsAsync(CancellationToken cancellationToken)
    {
        var japanese = AppCultures.IsJapanese();
        var items = await db.Items.AsNoTracking().Select(i => new { i.Id, i.Slug, i.Title, i.TitleJa, i.Topic }).ToListAsync(cancellationToken);
        Items = [.. items.Select(i => new ItemOption(i.Id, i.Slug, Bilingual.Pick(i.Title, i.TitleJa, japanese).Text, i.Topic)).OrderBy(i => i.Title, StringComparer.Ordinal)];
        Topics = Items.Select(i => i.Topic).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    public sealed record ItemOption(int Id, string Slug, string Title, string Topic);

    public sealed class InputModel
    {
        [Required(ErrorMessage = "EmailRequired")]
        [StringLength(Subscription.EmailMaxLength, ErrorMessage = "EmailTooLong")]
        public string Email { get; set; } = string.Empty;

        public SubscriptionScope Scope { get; set; } = SubscriptionScope.AllItems;

        public string? ItemSlug { get; set; }

        public string? Topic { get; set; }

        public AlertCadence Cadence { get; set; } = AlertCadence.Immediate;

        public AlertFollows Follows { get; set; } = AlertFollows.Both;
    }

    /// <summary>
    /// The item id or topic a scope needs, taken only from the lists the page offered (a slug or topic typed into the
    /// form is never trusted); a missing one adds the page's own message. Shared with the settings page.
    /// </summary>
    internal static (int? ItemId, string? Topic) ScopeTarget(SubscriptionScope? scope, string? itemSlug, string? topic, IReadOnlyList<ItemOption> items, IReadOnlyList<string> topics, Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState, IStringLocalizer text)
    {
        switch (scope)
        {
            case SubscriptionScope.Item:
                var itemId = items.FirstOrDefault(i => i.Slug == itemSlug)?.Id;
                if (itemId is null)
                {
                    modelState.AddModelError("Input.ItemSlug", text["ChooseItem"]);
                }

                return (itemId, null);
            case SubscriptionScope.Topic:
                var chosen = topics.FirstOrDefault(t => t == topic);
                if (chosen is null)
                {
                    modelState.AddModelError("Input.Topic", text["ChooseTopic"]);
                }

                return (null, chosen);
            default:
                return (null, null);
        }
    }
}
