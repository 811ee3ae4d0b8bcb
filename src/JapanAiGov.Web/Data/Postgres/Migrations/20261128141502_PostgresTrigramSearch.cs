using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JapanAiGov.Web.Data.Postgres.Migrations
{
    /// <summary>
    /// PostgreSQL's search index (docs/api.md, "Search"): pg_trgm GIN indexes over each item's text in both languages
    /// and each source's publisher, title and URL, so <c>ILIKE '%term%'</c> is answered from the index instead of a scan.
    /// The expressions must stay exactly those of <c>Analysis/PostgresItemSearch</c> (a test checks the plan uses them).
    /// pg_trgm is a trusted extension: the database owner may create it without being a superuser.
    /// </summary>
    public partial class PostgresTrigramSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;");
            migrationBuilder.Sql("""
                CREATE INDEX "IX_Items_SearchText" ON "Items" USING gin (("Title" || E'\n' || "TitleJa" || E'\n' || "Summary" || E'\n' || "SummaryJa" || E'\n' || "WhatToWatch" || E'\n' || "WhatToWatchJa") gin_trgm_ops);
                """);
            migrationBuilder.Sql("""
                CREATE INDEX "IX_Sources_SearchText" ON "Sources" USING gin (("Publisher" || ' ' || "Title" || ' ' || "Url") gin_trgm_ops);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_Sources_SearchText\";");
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_Items_SearchText\";");
        }
    }
}
