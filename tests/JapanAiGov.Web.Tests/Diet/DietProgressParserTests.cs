using JapanAiGov.Web.Diet;

namespace JapanAiGov.Web.Tests.Diet;

public sealed class DietProgressParserTests
{
    private static DietProgressPage Sample() => DietProgressParser.Parse(DietSamples.Html(DietSamples.ProgressPage));

    [Fact]
    public void Parse_ProgressSample_KeepsEveryRowInOrderAsWritten()
    {
        var page = Sample();

        (string, string)[] expected =
        [
            ("議案種類", "閣法"),
            ("議案提出回次", "221"),
            ("議案番号", "2"),
            ("議案件名", "東日本大震災からの復興のための施策を実施するために必要な財源の確保に関する特別措置法の一部を改正する法律案"),
            ("議案提出者", "内閣"),
            ("衆議院予備審査議案受理年月日", ""),
            ("衆議院予備付託年月日／衆議院予備付託委員会", "／"),
            ("衆議院議案受理年月日", "令和 8年 2月20日"),
            ("衆議院付託年月日／衆議院付託委員会", "令和 8年 3月 5日 ／ 財務金融"),
            ("衆議院審査終了年月日／衆議院審査結果", "令和 8年 3月13日 ／ 可決"),
            ("衆議院審議終了年月日／衆議院審議結果", "令和 8年 3月13日 ／ 可決"),
            ("衆議院審議時会派態度", "多数"),
            ("衆議院審議時賛成会派", "自由民主党・無所属の会; 中道改革連合・無所属; 日本維新の会; 国民民主党・無所属クラブ; 参政党; チームみらい; 日本共産党"),
            ("衆議院審議時反対会派", ""),
            ("参議院予備審査議案受理年月日", "令和 8年 2月20日"),
            ("参議院予備付託年月日／参議院予備付託委員会", "／"),
            ("参議院議案受理年月日", "令和 8年 3月13日"),
            ("参議院付託年月日／参議院付託委員会", "令和 8年 3月23日 ／ 財政金融"),
            ("参議院審査終了年月日／参議院審査結果", "令和 8年 3月31日 ／ 可決"),
            ("参議院審議終了年月日／参議院審議結果", "令和 8年 3月31日 ／ 可決"),
            ("公布年月日／法律番号", "令和 8年 3月31日 ／ 6"),
        ];
        Assert.Equal(expected, page.Pairs);
    }

    [Fact]
    public void Parse_ProgressSample_SplitsPairedRowsIntoFacts()
    {
        var facts = Sample().FactsByLabel;

        Assert.Equal("令和 8年 3月 5日", facts["衆議院付託年月日"]);
        Assert.Equal("財務金融", facts["衆議院付託委員会"]);
        Assert.Equal("令和 8年 3月13日", facts["衆議院審議終了年月日"]);
        Assert.Equal("可決", facts["衆議院審議結果"]);
        Assert.Equal("令和 8年 3月31日", facts["公布年月日"]);
        Assert.Equal("6", facts["法律番号"]);

        // The bare ／ of an empty paired row, whose <span> is never closed, gives two blanks and does not swallow the next row.
        Assert.Equal(string.Empty, facts["衆議院予備付託年月日"]);
        Assert.Equal(string.Empty, facts["衆議院予備付託委員会"]);
        Assert.Equal("令和 8年 2月20日", facts["衆議院議案受理年月日"]);
        Assert.Equal(21 + 9, Sample().Facts.Count);
    }

    [Fact]
    public void Parse_ProgressSample_ReadsTheTypedFields()
    {
        var page = Sample();

        Assert.Null(page.Problem);
        Assert.Equal("閣法", page.Kind);
        Assert.Equal(221, page.Session);
        Assert.Equal(2, page.Number);
        Assert.Equal(new DietBillKey("閣法", 221, 2), page.Key);
        Assert.StartsWith("東日本大震災からの復興", page.Title, StringComparison.Ordinal);
        Assert.Equal("内閣", page.Submitter);
        Assert.Equal(
            new DietHouseProgress(new DateOnly(2026, 2, 20), new DateOnly(2026, 3, 5), "財務金融", new DateOnly(2026, 3, 13), "可決", new DateOnly(2026, 3, 13), "可決"),
            page.Representatives);
        Assert.Equal(
            new DietHouseProgress(new DateOnly(2026, 3, 13), new DateOnly(2026, 3, 23), "財政金融", new DateOnly(2026, 3, 31), "可決", new DateOnly(2026, 3, 31), "可決"),
            page.Councillors);
        Assert.Equal(new DateOnly(2026, 3, 31), page.PromulgatedOn);
        Assert.Equal(6, page.LawNumber);
        Assert.Equal(DietBillStage.Promulgated, DietBillStages.From(page.FactsByLabel, "成立"));
    }

    [Fact]
    public void Parse_ProgressSampleWithoutItsPromulgation_IsEnactedByBothHousesResults()
    {
        var facts = Sample().FactsByLabel
            .Where(f => f.Key != DietLabels.PromulgatedOn)
            .ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);

        Assert.Equal(DietBillStage.Enacted, DietBillStages.From(facts, null));
    }

    [Fact]
    public void Parse_CellsOutOfDocumentOrder_ArePairedByRow()
    {
        // The value cell comes first in its row, and an unclosed span and a row with no value sit in between.
        var html = """
            <table>
            <tr><td headers="NAIYO"><span>閣法</td><td headers="KOMOKU">議案種類</td></tr>
            <tr><td headers="KOMOKU">議案提出者</td></tr>
            <tr><td headers="KOMOKU"><span>議案提出回次</span></td><td headers="NAIYO">２２１</td></tr>
            </table>
            """;

        var page = DietProgressParser.Parse(html);

        Assert.Equal([("議案種類", "閣法"), ("議案提出者", ""), ("議案提出回次", "２２１")], page.Pairs);
        Assert.Equal(221, page.Session);
    }

    [Theory]
    [InlineData("令和 4年 3月15日\n／\n撤回", "令和 4年 3月15日", "撤回")]
    [InlineData("／\n審査省略", "", "審査省略")]
    [InlineData("<br>", "", "")]
    [InlineData("令和 4年 3月15日", "令和 4年 3月15日", "")]
    [InlineData("可決", "", "可決")]
    [InlineData("令和 4年 3月17日 ／ 内閣／総務", "令和 4年 3月17日", "内閣／総務")]
    public void Parse_PairedValueWrittenAnyWay_IsSplitSensibly(string cell, string first, string second)
    {
        var page = DietProgressParser.Parse($"""<table><tr><td headers="KOMOKU">衆議院審議終了年月日／衆議院審議結果</td><td headers="NAIYO"><span>{cell}</td></tr></table>""");

        Assert.Equal([("衆議院審議終了年月日", first), ("衆議院審議結果", second)], page.Facts);
    }

    [Fact]
    public void Parse_PageWithoutTheTable_GivesAProblem()
    {
        var page = DietProgressParser.Parse("<html><body><h2>議案審議経過情報</h2><p>ただいまメンテナンス中です。</p></body></html>");

        Assert.Empty(page.Pairs);
        Assert.Null(page.Key);
        Assert.Contains("KOMOKU", page.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_PageMissingCoreLabels_NamesThem()
    {
        var page = DietProgressParser.Parse("""<table><tr><td headers="KOMOKU">議案種類</td><td headers="NAIYO">衆法</td></tr><tr><td headers="KOMOKU">議案番号</td><td headers="NAIYO"><br></td></tr></table>""");

        Assert.Equal("衆法", page.Kind);
        Assert.Equal("The page does not give 議案提出回次, 議案番号, 議案件名.", page.Problem);
    }

    [Fact]
    public void Parse_SessionNotANumber_GivesAProblem()
    {
        var html = string.Concat(
            "<table>",
            Row("議案種類", "閣法"),
            Row("議案提出回次", "第二百二十一回"),
            Row("議案番号", "2"),
            Row("議案件名", "法律案"),
            "</table>");

        var page = DietProgressParser.Parse(html);

        Assert.Null(page.Session);
        Assert.Contains("議案提出回次", page.Problem, StringComparison.Ordinal);
        Assert.Null(page.Key);
    }

    [Fact]
    public void Parse_SampleTruncatedHalfway_KeepsTheRowsBeforeTheCut()
    {
        var html = DietSamples.Html(DietSamples.ProgressPage);
        var cut = html.IndexOf("衆議院審議時会派態度", StringComparison.Ordinal);

        var page = DietProgressParser.Parse(html[..cut]);

        Assert.Null(page.Problem);
        Assert.Equal("可決", page.FactsByLabel["衆議院審議結果"]);
        Assert.Equal("衆議院審議終了年月日／衆議院審議結果", page.Pairs[^1].Label);
        Assert.Null(page.PromulgatedOn);
        Assert.Equal(DietBillStage.PassedRepresentatives, DietBillStages.From(page.FactsByLabel, null));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("\u0000\uFFFD\uFFFD<<td headers=KOMOKU>")]
    [InlineData("<td headers=\"KOMOKU\">議案種類</td><td headers=\"NAIYO\">閣法")]
    [InlineData("<table><tr><td headers=\"KOMOKU\"></td><td headers=\"NAIYO\">値</td></tr></table>")]
    public void Parse_Hostile_NeverThrowsAndSaysWhatIsMissing(string? html)
    {
        var page = DietProgressParser.Parse(html);

        Assert.NotNull(page.Problem);
    }

    private static string Table(params string[] rows) => "<table>" + string.Concat(rows) + "</table>";

    private static readonly string[] CoreRows = [Row("議案種類", "閣法"), Row("議案提出回次", "２２１"), Row("議案番号", "30"), Row("議案件名", "法律案")];

    [Fact]
    public void Parse_MoreRowsThanTheCap_KeepsExactlyMaxRows()
    {
        var rows = Enumerable.Range(0, DietProgressParser.MaxRows + 100).Select(i => Row("項目" + i, "値" + i)).ToArray();

        var page = DietProgressParser.Parse(Table(rows));

        Assert.Equal(DietProgressParser.MaxRows, page.Pairs.Count);
        Assert.Equal(("項目499", "値499"), page.Pairs[^1]);
    }

    [Fact]
    public void Parse_RowsWithoutALabelCellOrWithABlankLabel_AreSkipped_AndTheRowsAfterThemRead()
    {
        var page = DietProgressParser.Parse(Table(
            """<tr><td headers="NAIYO">孤立した値</td></tr>""",
            """<tr><td headers="KOMOKU"> <br>　</td><td headers="NAIYO">空の項目</td></tr>""",
            """<tr><td headers="KOMOKUX">似た見出し</td><td headers="NAIYO">別</td></tr>""",
            Row("議案種類", "閣法")));

        Assert.Equal([("議案種類", "閣法")], page.Pairs);
    }

    [Fact]
    public void Parse_HeadersListingSeveralIdsInAnyCase_FindTheCells_AndSpacesInALabelAreDropped()
    {
        var page = DietProgressParser.Parse(Table(
            """<tr><td headers="h1  komoku">議案　種 類</td><td headers="Naiyo h2">閣法</td></tr>"""));

        Assert.Equal([("議案種類", "閣法")], page.Pairs);
        Assert.Equal("閣法", page.Kind);
    }

    [Fact]
    public void Parse_RepeatedLabel_TheFirstValueThatIsNotBlankCounts()
    {
        var page = DietProgressParser.Parse(Table(
            Row("議案件名", "<br>"), Row("議案件名", "最初の件名"), Row("議案件名", "後の件名"), Row("議案件名", "<br>")));

        Assert.Equal(4, page.Pairs.Count);
        Assert.Equal("最初の件名", page.FactsByLabel["議案件名"]);
        Assert.Equal("最初の件名", page.Title);
    }

    [Fact]
    public void Parse_AllCoreFacts_GiveNoProblemAndTheTypedFields()
    {
        var page = DietProgressParser.Parse(Table([.. CoreRows, Row("議案提出者", "内閣")]));

        Assert.Null(page.Problem);
        Assert.Equal(("閣法", 221, 30, "法律案", "内閣"), (page.Kind, page.Session, page.Number, page.Title, page.Submitter));
        Assert.Equal("閣法-221-30", page.Key?.ToString());
    }

    [Fact]
    public void Parse_NumberNotANumber_SaysWhichAndWhat()
    {
        var page = DietProgressParser.Parse(Table(CoreRows[0], CoreRows[1], Row("議案番号", "第三十号"), CoreRows[3]));

        Assert.Equal(221, page.Session);
        Assert.Null(page.Number);
        Assert.Equal("議案番号 “第三十号” is not a number.", page.Problem);
    }

    [Fact]
    public void Parse_SessionNotANumber_SaysWhichAndWhat()
    {
        var page = DietProgressParser.Parse(Table(CoreRows[0], Row("議案提出回次", "第二百二十一回"), CoreRows[2], CoreRows[3]));

        Assert.Equal("議案提出回次 “第二百二十一回” is not a number.", page.Problem);
    }

    [Fact]
    public void Parse_NumbersThatNameNoBill_SayWhy()
    {
        var page = DietProgressParser.Parse(Table(CoreRows[0], CoreRows[1], Row("議案番号", "0"), CoreRows[3]));

        Assert.Equal("議案種類 “閣法”, 議案提出回次 221 and 議案番号 0 do not name a bill.", page.Problem);
        Assert.Null(page.Key);
    }

    [Fact]
    public void Parse_PairedLabelWithAnEmptyPart_StaysOneFact()
    {
        var page = DietProgressParser.Parse(Table(Row("衆議院審議結果／", "可決／なし")));

        Assert.Equal([("衆議院審議結果／", "可決／なし")], page.Facts);
    }

    [Fact]
    public void Parse_PairWhoseFirstPartIsNotADate_KeepsBothParts()
    {
        // Only a value without the separator is moved to the last label; two parts stay in place whatever they hold.
        var page = DietProgressParser.Parse(Table(Row("衆議院審査結果／衆議院審議結果", "可決／否決")));

        Assert.Equal([("衆議院審査結果", "可決"), ("衆議院審議結果", "否決")], page.Facts);
    }

    [Fact]
    public void Parse_LabelOfThreeParts_GivesThreeFacts()
    {
        var page = DietProgressParser.Parse(Table(Row("甲／乙／丙", "一／二／三")));

        Assert.Equal([("甲", "一"), ("乙", "二"), ("丙", "三")], page.Facts);
    }

    private static string Row(string label, string value) =>
        $"""<tr valign=top><td class="td" headers="KOMOKU"><span class="txt03">{label}</span></td><td class="td" headers="NAIYO"><span class="txt03">{value}</span></td></tr>""";
}
