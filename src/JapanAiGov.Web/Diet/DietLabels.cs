namespace JapanAiGov.Web.Diet;

/// <summary>
/// The labels (項目) of the House of Representatives' progress page, split where the page pairs two
/// (<c>衆議院付託年月日／衆議院付託委員会</c> gives <see cref="RepresentativesReferredOn"/> and
/// <see cref="RepresentativesCommittee"/>). A page may carry others; they are kept as facts all the same.
/// </summary>
public static class DietLabels
{
    public const string Kind = "議案種類";
    public const string Session = "議案提出回次";
    public const string Number = "議案番号";
    public const string Title = "議案件名";
    public const string Submitter = "議案提出者";
    public const string SubmitterGroup = "議案提出会派";

    public const string Representatives = "衆議院";
    public const string Councillors = "参議院";

    /// <summary>The House's labels are its name followed by one of these (衆議院議案受理年月日, 参議院審議結果).</summary>
    public const string ReceivedOn = "議案受理年月日";
    public const string ReferredOn = "付託年月日";
    public const string Committee = "付託委員会";
    public const string CommitteeDecidedOn = "審査終了年月日";
    public const string CommitteeResult = "審査結果";
    public const string DecidedOn = "審議終了年月日";
    public const string Result = "審議結果";

    public const string RepresentativesReceivedOn = Representatives + ReceivedOn;
    public const string RepresentativesReferredOn = Representatives + ReferredOn;
    public const string RepresentativesCommittee = Representatives + Committee;
    public const string RepresentativesCommitteeDecidedOn = Representatives + CommitteeDecidedOn;
    public const string RepresentativesCommitteeResult = Representatives + CommitteeResult;
    public const string RepresentativesDecidedOn = Representatives + DecidedOn;
    public const string RepresentativesResult = Representatives + Result;
    public const string RepresentativesPreliminaryReceivedOn = Representatives + "予備審査" + ReceivedOn;

    public const string CouncillorsReceivedOn = Councillors + ReceivedOn;
    public const string CouncillorsReferredOn = Councillors + ReferredOn;
    public const string CouncillorsCommittee = Councillors + Committee;
    public const string CouncillorsCommitteeDecidedOn = Councillors + CommitteeDecidedOn;
    public const string CouncillorsCommitteeResult = Councillors + CommitteeResult;
    public const string CouncillorsDecidedOn = Councillors + DecidedOn;
    public const string CouncillorsResult = Councillors + Result;
    public const string CouncillorsPreliminaryReceivedOn = Councillors + "予備審査" + ReceivedOn;

    public const string PromulgatedOn = "公布年月日";
    public const string LawNumber = "法律番号";
}
