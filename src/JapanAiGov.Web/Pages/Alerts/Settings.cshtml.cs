using JapanAiGov.Web.Alerts;
using JapanAiGov.Web.Data;
using JapanAiGov.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace JapanAiGov.Web.Pages.Alerts;

/// <summary>
/// A subscriber's own settings (issue 25, point 7), reached from the footer of every alert and digest: what to follow,
/// how often, which changes, the language of the emails, and unsubscribing. Authorised by the subscription's
/// unsubscribe token (the same secret every alert already carries, which already ends the subscription), so an email
/// needs no second token. An ordinary form: antiforgery checked, every value checked here, a value outside the
/// choices refused with a 400 and a message, and a form posted twice changes nothing the second time.
/// </summary>
public sealed class SettingsModel(AppDbContext db, SubscriptionService subscriptions, AlertMessageComposer composer, IStringLocalizerFactory localizers) : PageModel
{
    private readonly IStringLocalizer _text = localizers.ForPage<SettingsModel>();

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool Found { get; private set; }

    public bool Unsubscribed { get; private set; }

    /// <summary>Set after a save (?saved=true, the redirect after the POST).</summary>
    public bool Saved { get; private set; }

    public string ScopeDescription { get; private set; } = string.Empty;

    public IReadOnlyList<SubscribeModel.ItemOption> Items { get; private set; } = [];

    public IReadOnlyList<string> Topics { get; private set; } = [];

    /// <summary>This page's own path (generated URLs are lower-cased, and the token in it is case-sensitive).</summary>
    public string OwnPath => Request.PathBase + Request.Path;

    public async Task<IActionResult> OnGetAsync(string token, bool saved, CancellationToken cancellationToken)
    {
        var subscription = await FindAsync(token, cancellationToken);
        if (subscription is not null)
        {
            await ShowAsync(subscription, cancellationToken);
            Input = InputModel.From(subscription, Items);
            Saved = saved && !Unsubscribed;
        }

        return Result();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken cancellationToken)
    {
        var subscription = await FindAsync(token, cancellationToken);
        if (subscription is null)
        {
            return Result();
        }

        await ShowAsync(subscription, cancellationToken);
        if (Unsubscribed)
        {
            return Result();
        }

        ModelState.Clear();
        var settings = Validate();
        if (settings is null)
        {
            return Result();
        }

        var outcome = await subscriptions.ChangeSettingsAsync(subscription, settings, cancellationToken);
        switch (outcome)
        {
            case SettingsOutcome.ScopeTaken:
                ModelState.AddModelError(string.Empty, _text["ScopeTaken"]);
                return Result();
            case SettingsOutcome.Saved:
            case SettingsOutcome.Unchanged:
                return Redirect(OwnPath + "?saved=true");
        }

        return Result();
    }

    public async Task<IActionResult> OnPostUnsubscribeAsync(string token, CancellationToken cancellationToken)
    {
        var subscription = await FindAsync(token, cancellationToken);
        if (subscription is not null)
        {
            await subscriptions.UnsubscribeAsync(subscription, cancellationToken);
            await ShowAsync(subscription, cancellationToken);
        }

        return Result();
    }

    /// <summary>Email subscriptions only: a webhook, Slack or Teams destination is managed by an administrator.</summary>
    private async Task<Subscription?> FindAsync(string token, CancellationToken cancellationToken) =>
        await subscriptions.FindByUnsubscribeTokenAsync(token, cancellationToken) is { Channel: AlertChannel.Email } subscription ? subscription : null;

    private async Task ShowAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        Found = true;
        Unsubscribed = subscription.UnsubscribedAt is not null;
        ScopeDescription = await composer.DescribeScopeAsync(subscription, cancellationToken);
        var japanese = AppCultures.IsJapanese();
        var items = await db.Items.AsNoTracking().Select(i => new { i.Id, i.Slug, i.Title, i.TitleJa, i.Topic }).ToListAsync(cancellationToken);
        Items = [.. items.Select(i => new SubscribeModel.ItemOption(i.Id, i.Slug, Bilingual.Pick(i.Title, i.TitleJa, japanese).Text, i.Topic)).OrderBy(i => i.Title, StringComparer.Ordinal)];
        Topics = Items.Select(i => i.Topic).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Every value from the form checked against the choices the page offers; null (with messages) when one is not.</summary>
    private SubscriptionSettings? Validate()
    {
        var scope = Parse<SubscriptionScope>(Input.Scope, "Input.Scope", "ChooseScope");
        var (itemId, topic) = SubscribeModel.ScopeTarget(scope, Input.ItemSlug, Input.Topic, Items, Topics, ModelState, _text);

        var cadence = Parse<AlertCadence>(Input.Cadence, "Input.Cadence", "ChooseCadence");
        var follows = Parse<AlertFollows>(Input.Follows, "Input.Follows", "ChooseFollows");
        var language = Input.Language is AppCultures.English or AppCultures.Japanese ? Input.Language : null;
        if (language is null)
        {
            ModelState.AddModelError("Input.Language", _text["ChooseLanguage"]);
        }

        return ModelState.IsValid && scope is { } s && cadence is { } c && follows is { } f && language is not null
            ? new SubscriptionSettings(s, itemId, topic, c, language, f)
            : null;
    }

    /// <summary>A choice by its name as the form sends it (numbers and other spellings are not choices the page offers).</summary>
    private TEnum? Parse<TEnum>(string? value, string field, string message)
        where TEnum : struct, Enum
    {
        if (value is not null && Enum.GetNames<TEnum>().Contains(value, StringComparer.Ordinal))
        {
            return Enum.Parse<TEnum>(value);
        }

        ModelState.AddModelError(field, _text[message]);
        return null;
    }

    private PageResult Result()
    {
        Response.StatusCode = !Found ? StatusCodes.Status404NotFound : ModelState.IsValid ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>Strings, so a value outside the choices is refused with this page's own message rather than the binder's.</summary>
    public sealed class InputModel
    {
        public string? Scope { get; set; }

        public string? ItemSlug { get; set; }

        public string? Topic { get; set; }

        public string? Cadence { get; set; }

        public string? Language { get; set; }

        public string? Follows { get; set; }

        public static InputModel From(Subscription subscription, IReadOnlyList<SubscribeModel.ItemOption> items) => new()
        {
            Scope = subscription.Scope.ToString(),
            ItemSlug = items.FirstOrDefault(i => i.Id == subscription.ItemId)?.Slug,
            Topic = subscription.Topic,
            Cadence = subscription.Cadence.ToString(),
            Language = subscription.Language,
            Follows = subscription.Follows.ToString(),
        };
    }
}
