namespace JapanAiGov.Web.Diet;

/// <summary>One row of a session's bill list (議案の一覧), as written.</summary>
/// <param name="Kind">The table's caption without <c>の一覧</c>: 閣法, 衆法, 参法, 予算, 条約, 承認, 承諾, 決算その他, 決議.</param>
/// <param name="Session">提出回次: the session the bill was submitted in (earlier than the list's own for a carried-over bill).</param>
/// <param name="Number">番号; null for the kinds without one (承諾, 決算その他).</param>
/// <param name="StatusText">審議状況 as written (a location such as 衆議院で審議中, not an activity); empty when blank.</param>
/// <param name="ProgressUrl">The 経過 (progress) page, absolute; null when the row has no link.</param>
public sealed record DietBillListRow(string Kind, int? Session, int? Number, string Title, string StatusText, Uri? ProgressUrl);
