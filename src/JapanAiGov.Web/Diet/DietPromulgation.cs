using System.Text.RegularExpressions;

namespace JapanAiGov.Web.Diet;

/// <summary>
/// Reads a bill's promulgation from its facts: <c>公布年月日</c> <c>令和 8年 3月31日</c> and <c>法律番号</c> <c>6</c> mean
/// 令和八年法律第六号 (<see cref="DietLawNumber"/>), the join to e-Gov's amendment law.
/// </summary>
public static partial class DietPromulgation
{
    private const string PairedLabel = DietLabels.PromulgatedOn + "／" + DietLabels.LawNumber;

    /// <summary>
    /// True when the facts give both a readable date and a law number. Takes split facts (<see cref="DietProgressPage.FactsByLabel"/>)
    /// or, failing that, the page's paired row <c>公布年月日／法律番号</c>.
    /// </summary>
    public static bool TryRead(IReadOnlyDictionary<string, string> facts, out DateOnly date, out int lawNumber)
    {
        ArgumentNullException.ThrowIfNull(facts);
        date = default;
        lawNumber = 0;
        var dateText = Value(facts, DietLabels.PromulgatedOn);
        var numberText = Value(facts, DietLabels.LawNumber);
        if ((dateText is null || numberText is null) && Value(facts, PairedLabel) is { } paired && paired.Split(DietText.Pair, 2) is [var left, var right])
        {
            dateText ??= left.Trim();
            numberText ??= right.Trim();
        }

        if (!WarekiDate.TryParse(dateText, out var promulgatedOn) || LawNumberOf(numberText) is not { } number)
        {
            return false;
        }

        date = promulgatedOn;
        lawNumber = number;
        return true;
    }

    /// <summary>A law number as the pages write it (<c>6</c>, <c>６</c>, <c>第6号</c>, <c>法律第6号</c>); null unless it is a positive number.</summary>
    public static int? LawNumberOf(string? text) =>
        DietText.Fold(text) is { } folded && LawNumberPattern().Match(folded) is { Success: true } match
            && DietText.Number(match.Groups["number"].Value) is > 0 and var number
            ? number
            : null;

    private static string? Value(IReadOnlyDictionary<string, string> facts, string label) =>
        facts.TryGetValue(label, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    [GeneratedRegex("^(?:法律)?第?(?<number>[0-9]{1,6})号?$", RegexOptions.CultureInvariant)]
    private static partial Regex LawNumberPattern();
}
