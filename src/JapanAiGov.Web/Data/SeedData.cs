using JapanAiGov.Web.Items;
using JapanAiGov.Web.PublicComments;
using JapanAiGov.Web.Sources;
using Microsoft.EntityFrameworkCore;

namespace JapanAiGov.Web.Data;

/// <summary>
/// The four items of DESIGN.md §3, loaded only into an empty database: once any item exists the seed never
/// runs again, so restarts never duplicate and an editor's later change (or deletion) is never undone.
/// </summary>
public static class SeedData
{
    public const string PipaLawId = "415AC0000000057";
    public const string AiPromotionActLawId = "507AC0000000053";

    public const string SeedAuthor = "JapanAiGov editors";

    public static async Task<int> SeedAsync(AppDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await db.Items.AnyAsync(cancellationToken))
        {
            return 0;
        }

        var now = time.GetUtcNow();
        var items = Build(now);
        db.Items.AddRange(items);
        db.WatchRules.AddRange(WatchRuleSeed.For(items, SeedAuthor, now));
        await db.SaveChangesAsync(cancellationToken);
        return items.Count;
    }

    private static List<RegulatoryItem> Build(DateTimeOffset now) =>
    [
        Item(
            now,
            slug: "pipa-amendment-ai-training",
            title: "PIPA amendment: AI training on personal data without opt-in",
            topic: "privacy",
            status: ItemStatus.Reported,
            lawId: PipaLawId,
            action: new(
                ActionLevel.Monitor,
                "The TJS AI brief: treat the amendment as a directional signal, not a compliance green light; keep current data handling until the METI annexes and the e-Gov text exist.",
                "TJSのAIブリーフによれば、この改正は方向性を示すシグナルであり、法令遵守上のお墨付きではありません。経済産業省の附属書とe-Govの本文が出るまでは、現在のデータの取扱いを維持してください。",
                "The amendment's text is published on e-Gov and the criteria for \"low-risk research\" (METI annexes) are published.",
                "改正の本文がe-Govに掲載され、「低リスクの研究」の基準（経済産業省の附属書）が公表されること。"),
            reason: "Cabinet approval of the amendment bill reported by the press; the criteria for \"low-risk research\" are not yet published.",
            summary: """
                Japan's Cabinet has approved a bill amending the Act on the Protection of Personal Information
                (個人情報の保護に関する法律, "PIPA"/"APPI") so that personal data may be used to train AI models
                **without opt-in consent** when the use is designated as "low-risk research" or statistical processing.

                - *The Register* reported the Cabinet approval and the stated aim of removing consent as an obstacle to AI development.
                - *Yomiuri Shimbun* had earlier reported that the government planned to exempt statistical and other limited
                  uses from the consent requirement for sensitive personal information.
                - The criteria that decide which research counts as "low-risk" have **not been published**.

                The statute itself is on e-Gov as law `415AC0000000057`; the amendment's text reaches e-Gov after promulgation.
                """,
            whatToWatch: """
                - The amendment's text on e-Gov (a new revision of law `415AC0000000057`).
                - The Personal Information Protection Commission's criteria for "low-risk research".
                - Any METI technical annexes that the criteria refer to.
                """,
            japanese: new(
                "個人情報保護法改正: オプトインなしでの個人データによるAI学習",
                """
                政府は、個人情報の保護に関する法律（個人情報保護法）を改正する法案を閣議決定したと報じられています。
                「低リスクの研究」や統計処理に指定された利用であれば、個人データを**本人の同意（オプトイン）なしに**
                AIモデルの学習に使えるようにする内容です。

                - *The Register* は、閣議決定と、同意がAI開発の障害とならないようにするという狙いを報じました。
                - *読売新聞* は、要配慮個人情報について、統計などの限られた利用を同意要件の例外とする政府の方針を先に報じていました。
                - どの研究を「低リスク」とみなすかの基準は**公表されていません**。

                法律そのものはe-Govに法令ID `415AC0000000057` として掲載されています。改正の本文は公布後にe-Govに掲載されます。
                """,
                """
                - e-Govに掲載される改正の本文（法令 `415AC0000000057` の新しい改正）。
                - 個人情報保護委員会による「低リスクの研究」の基準。
                - その基準が参照する経済産業省の技術附属書。
                """),
            sources:
            [
                Press("The Register", "Japan relaxes privacy laws to make itself the 'easiest country to develop AI'", "https://www.theregister.com/2026/04/08/japan_privacy_law_changes_ai/", new DateOnly(2026, 4, 8)),
                Press("Yomiuri Shimbun", "Japan Govt Seeks to Boost AI Development With Looser Data Protection Regulations, but Seeks Tougher Penalties on Violations", "https://japannews.yomiuri.co.jp/politics/politics-government/20260109-302921", new DateOnly(2026, 1, 9)),
                Official("e-Gov", "個人情報の保護に関する法律", "https://laws.e-gov.go.jp/law/415AC0000000057", null),
                TjsBrief(),
            ]),
        Item(
            now,
            slug: "profit-based-penalties",
            title: "Penalties calibrated to profits gained from intentional violations",
            topic: "enforcement",
            status: ItemStatus.Reported,
            lawId: null,
            action: new(
                ActionLevel.Monitor,
                "The TJS AI brief: the profit-based penalties are reported, not enacted, and the framework otherwise stays non-punitive; note where personal data is used for AI, but change nothing yet.",
                "TJSのAIブリーフによれば、利益に応じた課徴金は報道段階で、成立していません。枠組みは罰則のないままです。AIに個人データを使っている箇所を把握しておき、現時点では何も変えないでください。",
                "The penalty provisions appear in the promulgated PIPA amendment on e-Gov.",
                "公布された個人情報保護法改正の罰則規定がe-Govに掲載されること。"),
            reason: "Reported by Yomiuri Shimbun from government sources; no official text yet.",
            summary: """
                Alongside the looser consent rules, the government plans a penalty regime for **intentional** misuse of
                personal data: businesses that profit from prohibited practices would face penalties **equivalent to the
                profits gained**. The wider AI framework otherwise stays non-punitive, relying on guidance and cooperation.

                - *Yomiuri Shimbun* reported the plan, citing several government sources.
                - Later press coverage describes the threshold as improper handling affecting more than 1,000 people;
                  that figure is not yet confirmed in official text.
                """,
            whatToWatch: """
                - The penalty provisions in the promulgated PIPA amendment on e-Gov.
                - How "profits gained" will be calculated, and who calculates it.
                """,
            japanese: new(
                "故意の違反で得た利益に応じた課徴金",
                """
                同意に関する規律の緩和と並んで、政府は個人データの**故意の**不正利用に対する制裁の仕組みを計画しています。
                禁止された行為で利益を得た事業者には、**得た利益に相当する額**の課徴金が科されることになります。
                AIの枠組み全体は、指導と協力に基づく罰則のない仕組みのままです。

                - *読売新聞* が複数の政府関係者の話としてこの計画を報じました。
                - その後の報道では、対象を1,000人を超える本人に影響する不適正な取扱いとしていますが、
                  この数字は公式の文書ではまだ確認されていません。
                """,
                """
                - e-Govに掲載される、公布された個人情報保護法改正の罰則規定。
                - 「得た利益」をどのように、誰が算定するか。
                """),
            sources:
            [
                Press("Yomiuri Shimbun", "Japan Govt Seeks to Boost AI Development With Looser Data Protection Regulations, but Seeks Tougher Penalties on Violations", "https://japannews.yomiuri.co.jp/politics/politics-government/20260109-302921", new DateOnly(2026, 1, 9)),
                TjsBrief(),
            ]),
        Item(
            now,
            slug: "high-impact-frontier-models",
            title: "\"High-impact\" tier for frontier models",
            topic: "frontier-models",
            status: ItemStatus.PendingMetiAnnex,
            lawId: null,
            action: new(
                ActionLevel.Monitor,
                "The TJS AI brief: the high-impact tier cannot be assessed until its definitions exist; no model can yet be placed in or out of it.",
                "TJSのAIブリーフによれば、「高影響」区分は定義が出るまで評価できません。現時点では、どのモデルもこの区分に入るかどうかを判断できません。",
                "METI publishes the technical annexes defining the tier (thresholds, evaluations, reporting duties), or opens a public comment on them.",
                "経済産業省がこの区分を定義する技術附属書（しきい値、評価、報告義務）を公表するか、その意見募集を始めること。"),
            reason: "The Basic AI Plan names the category; its operative definition is deferred to METI technical annexes.",
            summary: """
                The government's Basic AI Plan sets out a **"high-impact"** category for frontier AI models, with closer
                expectations on their developers. Which models fall into the tier — the thresholds and evaluation
                criteria — is left to **METI technical annexes** that have not yet been issued.

                - Early reporting on the Basic AI Plan describes the tier and the deferral to METI.
                - Until the annexes appear, no model can be placed in or out of the tier with confidence.
                """,
            whatToWatch: """
                - METI's technical annexes defining "high-impact" (thresholds, evaluations, reporting duties).
                - Public comment (パブリックコメント) notices on e-Gov for those annexes.
                """,
            japanese: new(
                "フロンティアモデルの「高影響」区分",
                """
                政府のAI基本計画は、フロンティアAIモデルについて**「高影響」**区分を設け、その開発者により踏み込んだ
                対応を求めています。どのモデルがこの区分に入るか（しきい値と評価基準）は、まだ公表されていない
                **経済産業省の技術附属書**に委ねられています。

                - AI基本計画に関する初期の報道が、この区分と経済産業省への委任を伝えています。
                - 附属書が出るまでは、どのモデルがこの区分に入るかを確実に判断することはできません。
                """,
                """
                - 「高影響」を定義する経済産業省の技術附属書（しきい値、評価、報告義務）。
                - その附属書についてのe-Govの意見募集（パブリックコメント）。
                """),
            sources:
            [
                Analysis("Early reporting", "Reporting on the Basic AI Plan's \"high-impact\" category and its deferral to METI annexes", "https://www8.cao.go.jp/cstp/ai/index.html", null),
                Official("METI", "AI政策（経済産業省）", "https://www.meti.go.jp/policy/it_policy/ai/index.html", null),
                TjsBrief(),
            ]),
        Item(
            now,
            slug: "ai-promotion-act",
            title: "AI Promotion Act (人工知能関連技術の研究開発及び活用の推進に関する法律)",
            topic: "framework",
            status: ItemStatus.Confirmed,
            lawId: AiPromotionActLawId,
            action: new(
                ActionLevel.Prepare,
                "The Act's text on e-Gov (law 507AC0000000053): in force since 2025-09-01, without penalties, it asks businesses to cooperate with the government's measures; plan who follows the Basic AI Plan and the guidance made under it.",
                "e-Govに掲載された本文（法令ID 507AC0000000053）によれば、この法律は2025年9月1日から罰則なしで施行されており、事業者に国の施策への協力を求めています。AI基本計画とそれに基づく指針を誰が追うかを計画してください。",
                "Guidance made under the Act names duties that apply to your organisation.",
                "この法律に基づく指針が、自社に適用される責務を示すこと。"),
            reason: "Enacted as 令和七年法律第五十三号 and published on e-Gov as law 507AC0000000053.",
            summary: """
                The **Act on the Promotion of Research, Development and Utilisation of AI-Related Technologies**
                (令和七年法律第五十三号, 2025) is the statutory framework the other items hang from. It sets up the AI
                Strategy Headquarters, charges the government with a Basic AI Plan, and relies on guidance and
                cooperation rather than penalties.

                - The text is published on e-Gov as law `507AC0000000053`; it was promulgated on 2025-06-04 and fully in
                  force from 2025-09-01.
                """,
            whatToWatch: """
                - Amendments to the Act (new revisions of `507AC0000000053` on e-Gov).
                - Cabinet orders and the Basic AI Plan made under it.
                """,
            japanese: new(
                "AI推進法（人工知能関連技術の研究開発及び活用の推進に関する法律）",
                """
                **人工知能関連技術の研究開発及び活用の推進に関する法律**（令和七年法律第五十三号、2025年）は、
                他の項目の土台となる法的枠組みです。人工知能戦略本部を設置し、政府にAI基本計画の策定を求め、
                罰則ではなく指導と協力に基づいています。

                - 本文はe-Govに法令ID `507AC0000000053` として掲載されています。2025年6月4日に公布され、
                  2025年9月1日に全面施行されました。
                """,
                """
                - この法律の改正（e-Govでの `507AC0000000053` の新しい改正）。
                - この法律に基づく政令とAI基本計画。
                """),
            sources:
            [
                Official("e-Gov", "人工知能関連技術の研究開発及び活用の推進に関する法律", "https://laws.e-gov.go.jp/law/507AC0000000053", new DateOnly(2025, 6, 4)),
            ]),
    ];

    private static RegulatoryItem Item(
        DateTimeOffset now,
        string slug,
        string title,
        string topic,
        ItemStatus status,
        string? lawId,
        string reason,
        string summary,
        string whatToWatch,
        (string Title, string Summary, string WhatToWatch) japanese,
        List<Source> sources,
        ActionRequest action)
    {
        var item = new RegulatoryItem
        {
            Slug = slug,
            Title = title,
            Topic = topic,
            Status = status,
            StatusChangedAt = now,
            LawId = lawId,
            Summary = summary,
            WhatToWatch = whatToWatch,
            TitleJa = japanese.Title,
            SummaryJa = japanese.Summary,
            WhatToWatchJa = japanese.WhatToWatch,
            CreatedAt = now,
            UpdatedAt = now,
            Sources = sources,
            StatusChanges =
            [
                new StatusChange
                {
                    FromStatus = null,
                    ToStatus = status,
                    Reason = reason,
                    EvidenceUrl = sources.FirstOrDefault(s => s.Kind == SourceKind.Official)?.Url,
                    ChangedBy = SeedAuthor,
                    ChangedAt = now,
                },
            ],
        };
        item.ChangeAction(action, SeedAuthor, null, now);
        return item;
    }

    private static Source Press(string publisher, string title, string url, DateOnly? published) =>
        new() { Publisher = publisher, Title = title, Url = url, PublishedOn = published, Kind = SourceKind.Press };

    private static Source Official(string publisher, string title, string url, DateOnly? published) =>
        new() { Publisher = publisher, Title = title, Url = url, PublishedOn = published, Kind = SourceKind.Official };

    /// <summary>The brief that first put the PIPA amendment, profit-based penalties and the high-impact tier together.</summary>
    private static Source TjsBrief() =>
        Analysis("TJS", "AI brief: Japan relaxes privacy rules for AI training and adds profit-based penalties", "https://techjacksolutions.com/ai-brief/japan-relaxes-privacy-rules-for-ai-training-and-adds-profit/", null);

    private static Source Analysis(string publisher, string title, string url, DateOnly? published) =>
        new() { Publisher = publisher, Title = title, Url = url, PublishedOn = published, Kind = SourceKind.Analysis };
}
