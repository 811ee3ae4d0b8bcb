using System.ComponentModel.DataAnnotations;
using JapanAiGov.Web.Accounts;
using JapanAiGov.Web.Alerts.Channels;
using JapanAiGov.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.Pages.Admin.Channels;

/// <summary>Alert destinations (webhook, Slack, Teams): the list, and the form that adds one (a webhook's secret shown once).</summary>
[Authorize(Policy = Roles.AdminPolicy)]
public sealed class IndexModel(AppDbContext db, DestinationService destinations) : PageModel
{
    [BindProperty]
    public NewDestination Input { get; set; } = new();

    public IReadOnlyList<ChannelDestination> Destinations { get; private set; } = [];

    public IReadOnlyList<(string Slug, string Title)> Items { get; private set; } = [];

    /// <summary>The destination just created, and a webhook's signing secret: shown on this response only.</summary>
    public ChannelDestination? Created { get; private set; }

    public string? CreatedSecret { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var created = await destinations.CreateAsync(
                new DestinationRequest(Input.Kind, Input.Url, Input.Name, Input.Item, Input.Topic, Input.Language, User.Identity?.Name ?? "admin"),
                cancellationToken);
            if (created.Destination is null)
            {
                ModelState.AddModelError(nameof(Input.Url), created.Problem!);
            }
            else
            {
                (Created, CreatedSecret) = (created.Destination, created.Secret);
                ModelState.Clear();
                Input = new();
            }
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Destinations = await destinations.ListAsync(cancellationToken);
        Items = (await db.Items.AsNoTracking().OrderBy(i => i.Title).Select(i => new { i.Slug, i.Title, i.TitleJa }).ToListAsync(cancellationToken))
            .Select(i => (i.Slug, Localization.Bilingual.Pick(i.Title, i.TitleJa).Text)).ToList();
    }

    public sealed class NewDestination
    {
        [Required]
        public string Kind { get; set; } = "webhook";

        [Required]
        [StringLength(ChannelDestination.UrlMaxLength)]
        public string? Url { get; set; }

        [StringLength(ChannelDestination.NameMaxLength)]
        public string? Name { get; set; }

        public string? Item { get; set; }

        [StringLength(100)]
        public string? Topic { get; set; }

        public string Language { get; set; } = "en";
    }
}
