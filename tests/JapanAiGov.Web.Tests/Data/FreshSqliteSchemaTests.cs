using JapanAiGov.Web.Data;

namespace JapanAiGov.Web.Tests.Data;

public sealed class FreshSqliteSchemaTests
{
    [Fact]
    public void OneTransaction_DropsEachMigrationsTransactionAndForeignKeySwitches_KeepsTriggerBodies()
    {
        const string Script = "CREATE TABLE \"A\" (\"Id\" INTEGER);\r\nBEGIN TRANSACTION;\nCREATE TRIGGER \"T\" AFTER INSERT ON \"A\" BEGIN\n    SELECT 1;\nEND;\n" +
            "COMMIT;\n\nPRAGMA foreign_keys = 0;\nBEGIN TRANSACTION;\nDROP TABLE \"A\";\nCOMMIT;\nPRAGMA foreign_keys = 1;\n";

        var oneTransaction = FreshSqliteSchema.OneTransaction(Script);

        Assert.Equal(
            "CREATE TABLE \"A\" (\"Id\" INTEGER);\r\nCREATE TRIGGER \"T\" AFTER INSERT ON \"A\" BEGIN\n    SELECT 1;\nEND;\n\nDROP TABLE \"A\";\n",
            oneTransaction);
    }

    [Fact]
    public void Script_IsEmbeddedAndHoldsEveryMigrationsHistoryRow()
    {
        var script = FreshSqliteSchema.Script();

        Assert.Contains("CREATE TABLE IF NOT EXISTS \"__EFMigrationsHistory\"", script, StringComparison.Ordinal);
        Assert.Equal(
            typeof(FreshSqliteSchema).Assembly.GetTypes().Count(t => t.Namespace == "JapanAiGov.Web.Data.Migrations" && t.IsSubclassOf(typeof(Microsoft.EntityFrameworkCore.Migrations.Migration))),
            script.Split("INSERT INTO \"__EFMigrationsHistory\"").Length - 1);
    }
}
