namespace JapanAiGov.Web.Diet;

/// <summary>The day the pages give for a stage (pure): 受理 for submitted, 付託 for committee, each House's 審議終了, 公布.</summary>
public static class DietBillStageDates
{
    public static DateOnly? Of(DietBillStage stage, IReadOnlyDictionary<string, string> facts) => stage switch
    {
        DietBillStage.Submitted => Date(facts, DietLabels.RepresentativesReceivedOn) ?? Date(facts, DietLabels.CouncillorsReceivedOn),
        DietBillStage.InCommittee => Date(facts, DietLabels.RepresentativesReferredOn) ?? Date(facts, DietLabels.CouncillorsReferredOn),
        DietBillStage.PassedRepresentatives => Date(facts, DietLabels.RepresentativesDecidedOn),
        DietBillStage.PassedCouncillors => Date(facts, DietLabels.CouncillorsDecidedOn),
        DietBillStage.Enacted => Latest(Date(facts, DietLabels.RepresentativesDecidedOn), Date(facts, DietLabels.CouncillorsDecidedOn)),
        DietBillStage.Promulgated => DietPromulgation.TryRead(facts, out var promulgated, out _) ? promulgated : null,
        DietBillStage.Withdrawn or DietBillStage.Lapsed or DietBillStage.Rejected or DietBillStage.CarriedOver or DietBillStage.Unknown => null,
    };

    private static DateOnly? Date(IReadOnlyDictionary<string, string> facts, string label) =>
        facts.TryGetValue(label, out var value) && WarekiDate.TryParse(value, out var date) ? date : null;

    private static DateOnly? Latest(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
