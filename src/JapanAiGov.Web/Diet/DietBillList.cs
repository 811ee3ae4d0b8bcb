namespace JapanAiGov.Web.Diet;

/// <summary>What <see cref="DietBillListParser"/> read from a bill list page.</summary>
/// <param name="Session">The list's own session (第NNN回国会), null when the page does not say.</param>
/// <param name="SkippedRows">Rows of a bill table that could not be read; each has a line in <paramref name="Problems"/>.</param>
/// <param name="Problems">Why rows were skipped, and whether the page had any bill table at all.</param>
public sealed record DietBillList(int? Session, IReadOnlyList<DietBillListRow> Rows, int SkippedRows, IReadOnlyList<string> Problems);
