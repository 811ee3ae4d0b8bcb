using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JapanAiGov.Web.Data.Migrations
{
    /// <summary>
    /// Japanese title, summary and what-to-watch on items, and the language of each subscription. On SQLite the search
    /// index's item triggers are rebuilt so each column holds both languages (English, a newline, Japanese): search
    /// finds an item by either language's words.
    /// </summary>
    public partial class BilingualItems : Migration
    {
        private const string SourcesText =
            "(SELECT group_concat(s.\"Publisher\" || ' ' || s.\"Title\" || ' ' || s.\"Url\", char(10)) FROM \"Sources\" AS s WHERE s.\"ItemId\" = new.\"Id\")";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "Subscriptions",
                type: "TEXT",
                maxLength: 10,
                nullable: false,
                defaultValue: "en");

            migrationBuilder.AddColumn<string>(
                name: "SummaryJa",
                table: "Items",
                type: "TEXT",
                maxLength: 20000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "TitleJa",
                table: "Items",
                type: "TEXT",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "WhatToWatchJa",
                table: "Items",
                type: "TEXT",
                maxLength: 20000,
                nullable: false,
                defaultValue: "");

            if (!migrationBuilder.IsSqlite())
            {
                return;
            }

            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"Items_Search_Insert\";");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"Items_Search_Update\";");
            migrationBuilder.Sql($"""
                CREATE TRIGGER "Items_Search_Insert" AFTER INSERT ON "Items" BEGIN
                    INSERT INTO "ItemSearch" (rowid, "Title", "Summary", "WhatToWatch", "Sources")
                    VALUES (new."Id", new."Title" || char(10) || new."TitleJa", new."Summary" || char(10) || new."SummaryJa",
                        new."WhatToWatch" || char(10) || new."WhatToWatchJa", coalesce({SourcesText}, ''));
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Items_Search_Update" AFTER UPDATE OF "Title", "Summary", "WhatToWatch", "TitleJa", "SummaryJa", "WhatToWatchJa" ON "Items" BEGIN
                    UPDATE "ItemSearch" SET "Title" = new."Title" || char(10) || new."TitleJa", "Summary" = new."Summary" || char(10) || new."SummaryJa",
                        "WhatToWatch" = new."WhatToWatch" || char(10) || new."WhatToWatchJa" WHERE rowid = new."Id";
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            if (migrationBuilder.IsSqlite())
            {
                migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"Items_Search_Insert\";");
                migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"Items_Search_Update\";");
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "Items_Search_Insert" AFTER INSERT ON "Items" BEGIN
                        INSERT INTO "ItemSearch" (rowid, "Title", "Summary", "WhatToWatch", "Sources")
                        VALUES (new."Id", new."Title", new."Summary", new."WhatToWatch", coalesce({SourcesText}, ''));
                    END;
                    """);
                migrationBuilder.Sql("""
                    CREATE TRIGGER "Items_Search_Update" AFTER UPDATE OF "Title", "Summary", "WhatToWatch" ON "Items" BEGIN
                        UPDATE "ItemSearch" SET "Title" = new."Title", "Summary" = new."Summary", "WhatToWatch" = new."WhatToWatch" WHERE rowid = new."Id";
                    END;
                    """);
            }

            migrationBuilder.DropColumn(
                name: "Language",
                table: "Subscriptions");

            migrationBuilder.DropColumn(
                name: "SummaryJa",
                table: "Items");

            migrationBuilder.DropColumn(
                name: "TitleJa",
                table: "Items");

            migrationBuilder.DropColumn(
                name: "WhatToWatchJa",
                table: "Items");
        }
    }
}
