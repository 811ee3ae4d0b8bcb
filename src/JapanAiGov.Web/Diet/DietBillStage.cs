namespace JapanAiGov.Web.Diet;

/// <summary>Where a bill stands, as far as its facts and 審議状況 say (<see cref="DietBillStages.From"/>).</summary>
public enum DietBillStage
{
    /// <summary>Received (受理) by a House.</summary>
    Submitted,

    /// <summary>Referred (付託) to a committee and not yet decided in plenary.</summary>
    InCommittee,

    /// <summary>Passed by the House of Representatives' plenary, not yet by the House of Councillors'.</summary>
    PassedRepresentatives,

    /// <summary>Passed by the House of Councillors' plenary, not yet by the House of Representatives'.</summary>
    PassedCouncillors,

    /// <summary>成立: passed by both Houses (for budgets, treaties and approvals, decided by both).</summary>
    Enacted,

    /// <summary>公布: the promulgation date is known.</summary>
    Promulgated,

    /// <summary>撤回.</summary>
    Withdrawn,

    /// <summary>審議未了: not decided when the session closed, and not carried over.</summary>
    Lapsed,

    /// <summary>否決 by a House's plenary.</summary>
    Rejected,

    /// <summary>閉会中審査: kept in committee over the recess, to continue in the next session.</summary>
    CarriedOver,

    /// <summary>Neither the facts nor the 審議状況 say; the 審議状況 is shown as written.</summary>
    Unknown,
}
