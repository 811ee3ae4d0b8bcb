using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace JapanAiGov.Web.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PublicComments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "PublicCommentMatchId",
                table: "AlertEvents",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PublicCommentCases",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseId = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Url = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Office = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Category = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Deadline = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    FirstSeenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastSeenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SeenAsConsultation = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicCommentCases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PublicCommentRuns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Feed = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    FinishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Trigger = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Instance = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    EntriesRead = table.Column<int>(type: "integer", nullable: false),
                    CasesAdded = table.Column<int>(type: "integer", nullable: false),
                    ResultsAdded = table.Column<int>(type: "integer", nullable: false),
                    MatchesAdded = table.Column<int>(type: "integer", nullable: false),
                    Error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicCommentRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WatchRules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ItemId = table.Column<int>(type: "integer", nullable: false),
                    AllTerms = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    AnyTerms = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Offices = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WatchRules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WatchRules_Items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PublicCommentMatches",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseId = table.Column<long>(type: "bigint", nullable: false),
                    ItemId = table.Column<int>(type: "integer", nullable: false),
                    MatchedTerms = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    State = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    MatchedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DecidedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DismissReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicCommentMatches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PublicCommentMatches_Items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PublicCommentMatches_PublicCommentCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "PublicCommentCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PublicCommentResults",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseId = table.Column<long>(type: "bigint", nullable: false),
                    Title = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Url = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CommentCount = table.Column<int>(type: "integer", nullable: true),
                    FirstSeenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastSeenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicCommentResults", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PublicCommentResults_PublicCommentCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "PublicCommentCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AlertEvents_PublicCommentMatchId",
                table: "AlertEvents",
                column: "PublicCommentMatchId");

            migrationBuilder.CreateIndex(
                name: "IX_PublicCommentCases_CaseId",
                table: "PublicCommentCases",
                column: "CaseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PublicCommentCases_FirstSeenAt",
                table: "PublicCommentCases",
                column: "FirstSeenAt");

            migrationBuilder.CreateIndex(
                name: "IX_PublicCommentMatches_CaseId_ItemId",
                table: "PublicCommentMatches",
                columns: new[] { "CaseId", "ItemId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PublicCommentMatches_ItemId_State",
                table: "PublicCommentMatches",
                columns: new[] { "ItemId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_PublicCommentMatches_State_MatchedAt",
                table: "PublicCommentMatches",
                columns: new[] { "State", "MatchedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PublicCommentResults_CaseId",
                table: "PublicCommentResults",
                column: "CaseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PublicCommentRuns_StartedAt",
                table: "PublicCommentRuns",
                column: "StartedAt");

            migrationBuilder.CreateIndex(
                name: "IX_WatchRules_ItemId",
                table: "WatchRules",
                column: "ItemId");

            migrationBuilder.AddForeignKey(
                name: "FK_AlertEvents_PublicCommentMatches_PublicCommentMatchId",
                table: "AlertEvents",
                column: "PublicCommentMatchId",
                principalTable: "PublicCommentMatches",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            // Data (issue 12), for databases seeded before this migration; a fresh database gets the same from the seed.
            // The Register's seed source pointed at the publisher's home page with another headline and date: fix
            // that row only where nobody has edited it since.
            migrationBuilder.Sql("""
                UPDATE "Sources"
                SET "Url" = 'https://www.theregister.com/2026/04/08/japan_privacy_law_changes_ai/',
                    "Title" = 'Japan relaxes privacy laws to make itself the ''easiest country to develop AI''',
                    "PublishedOn" = '2026-04-08'
                WHERE "Publisher" = 'The Register'
                  AND "Url" = 'https://www.theregister.com/'
                  AND "Title" = 'Report: Japan''s Cabinet approves PIPA changes easing consent for AI development'
                  AND "PublishedOn" = '2026-04-07'
                  AND "Kind" = 'Press'
                  AND "ItemId" IN (SELECT "Id" FROM "Items" WHERE "Slug" = 'pipa-amendment-ai-training');
                """);

            // The brief that first put the three developments together, as an analysis source on each of them.
            migrationBuilder.Sql("""
                INSERT INTO "Sources" ("ItemId", "Publisher", "Title", "Url", "PublishedOn", "Kind")
                SELECT i."Id", 'TJS', 'AI brief: Japan relaxes privacy rules for AI training and adds profit-based penalties',
                       'https://techjacksolutions.com/ai-brief/japan-relaxes-privacy-rules-for-ai-training-and-adds-profit/', NULL, 'Analysis'
                FROM "Items" i
                WHERE i."Slug" IN ('pipa-amendment-ai-training', 'profit-based-penalties', 'high-impact-frontier-models')
                  AND NOT EXISTS (SELECT 1 FROM "Sources" s WHERE s."ItemId" = i."Id"
                                  AND s."Url" = 'https://techjacksolutions.com/ai-brief/japan-relaxes-privacy-rules-for-ai-training-and-adds-profit/');
                """);

            // The seeded watch rules (PublicComments/WatchRuleSeed.cs), for the seeded items that still exist.
            migrationBuilder.Sql("""
                INSERT INTO "WatchRules" ("ItemId", "AllTerms", "AnyTerms", "Offices", "CreatedAt", "CreatedBy")
                SELECT i."Id", '', '高影響' || chr(10) || 'フロンティア', '', '2026-11-28T00:00:00Z', 'JapanAiGov editors'
                FROM "Items" i WHERE i."Slug" = 'high-impact-frontier-models';
                INSERT INTO "WatchRules" ("ItemId", "AllTerms", "AnyTerms", "Offices", "CreatedAt", "CreatedBy")
                SELECT i."Id", '個人情報', '低リスク' || chr(10) || '研究' || chr(10) || '人工知能' || chr(10) || 'AI' || chr(10) || '学習', '', '2026-11-28T00:00:00Z', 'JapanAiGov editors'
                FROM "Items" i WHERE i."Slug" = 'pipa-amendment-ai-training';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_AlertEvents_PublicCommentMatches_PublicCommentMatchId",
                table: "AlertEvents");

            migrationBuilder.DropTable(
                name: "PublicCommentMatches");

            migrationBuilder.DropTable(
                name: "PublicCommentResults");

            migrationBuilder.DropTable(
                name: "PublicCommentRuns");

            migrationBuilder.DropTable(
                name: "WatchRules");

            migrationBuilder.DropTable(
                name: "PublicCommentCases");

            migrationBuilder.DropIndex(
                name: "IX_AlertEvents_PublicCommentMatchId",
                table: "AlertEvents");

            migrationBuilder.DropColumn(
                name: "PublicCommentMatchId",
                table: "AlertEvents");
        }
    }
}
