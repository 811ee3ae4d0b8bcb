namespace JapanAiGov.Web.Diet;

/// <summary>A stage's name and a 審議状況's meaning, in English or Japanese.</summary>
public static class DietBillStageText
{
    public static string Name(DietBillStage stage, bool japanese) => stage switch
    {
        DietBillStage.Submitted => japanese ? "提出" : "Submitted",
        DietBillStage.InCommittee => japanese ? "委員会付託" : "Referred to committee",
        DietBillStage.PassedRepresentatives => japanese ? "衆議院可決" : "Passed the House of Representatives",
        DietBillStage.PassedCouncillors => japanese ? "参議院可決" : "Passed the House of Councillors",
        DietBillStage.Enacted => japanese ? "成立" : "Enacted",
        DietBillStage.Promulgated => japanese ? "公布" : "Promulgated",
        DietBillStage.Withdrawn => japanese ? "撤回" : "Withdrawn",
        DietBillStage.Lapsed => japanese ? "審議未了" : "Lapsed",
        DietBillStage.Rejected => japanese ? "否決" : "Rejected",
        DietBillStage.CarriedOver => japanese ? "閉会中審査" : "Carried over",
        DietBillStage.Unknown => japanese ? "不明" : "Unknown",
    };

    /// <summary>
    /// Which House holds the bill, when the 審議状況 says so: <c>衆議院で審議中</c> is "In the House of Representatives" —
    /// the list page itself warns it tells where the bill is, not that anyone is debating it, so neither language says
    /// "being debated" (in Japanese 係属中, "pending in"). Null for any other 審議状況, which is shown as written.
    /// </summary>
    public static string? Location(string? statusText, bool japanese) => DietText.Fold(statusText) switch
    {
        "衆議院で審議中" => japanese ? "衆議院に係属中" : "In the House of Representatives",
        "参議院で審議中" => japanese ? "参議院に係属中" : "In the House of Councillors",
        "衆議院で閉会中審査" => japanese ? "衆議院で閉会中審査" : "Carried over in the House of Representatives",
        "参議院で閉会中審査" => japanese ? "参議院で閉会中審査" : "Carried over in the House of Councillors",
        _ => null,
    };
}
