using JapanAiGov.Web.Diet;
using JapanAiGov.Web.Polling;
using JapanAiGov.Web.PublicComments;

namespace JapanAiGov.Web.Pages.Items;

/// <summary>
/// What official sources say about one item on its page: the e-Gov laws watched for it and the updates found in them,
/// the public-comment cases and the Diet bills an editor confirmed. Only pollers and editors change these rows (every
/// such save moves the content generation), so the page reads them once per item and generation.
/// </summary>
public sealed record ItemOfficialRecords(
    IReadOnlyList<WatchedLaw> Laws,
    IReadOnlyList<LegislativeUpdate> Updates,
    IReadOnlyList<PublicCommentCase> Consultations,
    IReadOnlyList<DietBillSummary> DietBills);
