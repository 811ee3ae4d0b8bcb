using JapanAiGov.Web.Localization;

namespace JapanAiGov.Web.Pages.Dashboard;

/// <summary>An item a consultation was confirmed for, with its title in the reader's language.</summary>
public sealed record ConsultationItem(string Slug, Bilingual Title);
