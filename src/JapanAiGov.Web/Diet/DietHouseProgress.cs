namespace JapanAiGov.Web.Diet;

/// <summary>One House's part of a progress page; null where the page is blank or its text is not a date.</summary>
/// <param name="Committee">The committee the bill was referred to, as written (without 委員会).</param>
/// <param name="CommitteeResult">審査結果, the committee's decision (可決, 修正, 否決, 閉会中審査 …).</param>
/// <param name="Result">審議結果, the plenary's decision.</param>
public sealed record DietHouseProgress(
    DateOnly? ReceivedOn,
    DateOnly? ReferredOn,
    string? Committee,
    DateOnly? CommitteeDecidedOn,
    string? CommitteeResult,
    DateOnly? DecidedOn,
    string? Result)
{
    /// <summary>Reads a House's facts; <paramref name="house"/> is <see cref="DietLabels.Representatives"/> or <see cref="DietLabels.Councillors"/>.</summary>
    public static DietHouseProgress From(IReadOnlyDictionary<string, string> facts, string house)
    {
        ArgumentNullException.ThrowIfNull(facts);
        string? Text(string label) => facts.TryGetValue(house + label, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
        DateOnly? Date(string label) => WarekiDate.TryParse(Text(label), out var date) ? date : null;

        return new DietHouseProgress(
            Date(DietLabels.ReceivedOn),
            Date(DietLabels.ReferredOn),
            Text(DietLabels.Committee),
            Date(DietLabels.CommitteeDecidedOn),
            Text(DietLabels.CommitteeResult),
            Date(DietLabels.DecidedOn),
            Text(DietLabels.Result));
    }
}
