using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JapanAiGov.Web.Data.Migrations
{
    /// <summary>
    /// The SQLite full-text index behind dashboard search (docs/api.md, "Search"): an FTS5 table with the trigram
    /// tokenizer (so Japanese, which has no spaces, matches on any 3+ character substring), one row per item
    /// (rowid = Items.Id), kept in sync by triggers on Items and Sources so no writer can forget it.
    /// PostgreSQL gets no index here; its search runs through the portable implementation.
    /// </summary>
    public partial class ItemSearchIndex : Migration
    {
        private const string SourcesText =
            "(SELECT group_concat(s.\"Publisher\" || ' ' || s.\"Title\" || ' ' || s.\"Url\", char(10)) FROM \"Sources\" AS s WHERE s.\"ItemId\" = {0})";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            if (!migrationBuilder.IsSqlite())
            {
                return;
            }

            migrationBuilder.Sql("CREATE VIRTUAL TABLE \"ItemSearch\" USING fts5(\"Title\", \"Summary\", \"WhatToWatch\", \"Sources\", tokenize = 'trigram');");

            migrationBuilder.Sql($"""
                CREATE TRIGGER "Items_Search_Insert" AFTER INSERT ON "Items" BEGIN
                    INSERT INTO "ItemSearch" (rowid, "Title", "Summary", "WhatToWatch", "Sources")
                    VALUES (new."Id", new."Title", new."Summary", new."WhatToWatch", coalesce({string.Format(System.Globalization.CultureInfo.InvariantCulture, SourcesText, "new.\"Id\"")}, ''));
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Items_Search_Update" AFTER UPDATE OF "Title", "Summary", "WhatToWatch" ON "Items" BEGIN
                    UPDATE "ItemSearch" SET "Title" = new."Title", "Summary" = new."Summary", "WhatToWatch" = new."WhatToWatch" WHERE rowid = new."Id";
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Items_Search_Delete" AFTER DELETE ON "Items" BEGIN
                    DELETE FROM "ItemSearch" WHERE rowid = old."Id";
                END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER "Sources_Search_Insert" AFTER INSERT ON "Sources" BEGIN
                    UPDATE "ItemSearch" SET "Sources" = coalesce({string.Format(System.Globalization.CultureInfo.InvariantCulture, SourcesText, "new.\"ItemId\"")}, '') WHERE rowid = new."ItemId";
                END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER "Sources_Search_Update" AFTER UPDATE ON "Sources" BEGIN
                    UPDATE "ItemSearch" SET "Sources" = coalesce({string.Format(System.Globalization.CultureInfo.InvariantCulture, SourcesText, "old.\"ItemId\"")}, '') WHERE rowid = old."ItemId";
                    UPDATE "ItemSearch" SET "Sources" = coalesce({string.Format(System.Globalization.CultureInfo.InvariantCulture, SourcesText, "new.\"ItemId\"")}, '') WHERE rowid = new."ItemId";
                END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER "Sources_Search_Delete" AFTER DELETE ON "Sources" BEGIN
                    UPDATE "ItemSearch" SET "Sources" = coalesce({string.Format(System.Globalization.CultureInfo.InvariantCulture, SourcesText, "old.\"ItemId\"")}, '') WHERE rowid = old."ItemId";
                END;
                """);

            // Items that exist before this migration (seeded or edited) are indexed once here; the triggers keep it from then on.
            migrationBuilder.Sql($"""
                INSERT INTO "ItemSearch" (rowid, "Title", "Summary", "WhatToWatch", "Sources")
                SELECT i."Id", i."Title", i."Summary", i."WhatToWatch", coalesce({string.Format(System.Globalization.CultureInfo.InvariantCulture, SourcesText, "i.\"Id\"")}, '')
                FROM "Items" AS i;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            if (!migrationBuilder.IsSqlite())
            {
                return;
            }

            foreach (var trigger in new[] { "Items_Search_Insert", "Items_Search_Update", "Items_Search_Delete", "Sources_Search_Insert", "Sources_Search_Update", "Sources_Search_Delete" })
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS \"{trigger}\";");
            }

            migrationBuilder.Sql("DROP TABLE IF EXISTS \"ItemSearch\";");
        }
    }
}
