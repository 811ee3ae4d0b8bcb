using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace JapanAiGov.Web.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class DietBills : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "CoversDietBills",
                table: "WatchRules",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "CoversPublicComments",
                table: "WatchRules",
                type: "boolean",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<long>(
                name: "DietBillStepId",
                table: "AlertEvents",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DietBills",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Session = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    StatusText = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Stage = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ProgressUrl = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    FactsJson = table.Column<string>(type: "text", nullable: false),
                    FirstSeenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastSeenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CheckedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Problem = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    HasChangedFacts = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DietBills", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DietRuns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    FinishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Trigger = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Instance = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PagesRead = table.Column<int>(type: "integer", nullable: false),
                    BillsListed = table.Column<int>(type: "integer", nullable: false),
                    BillsMatched = table.Column<int>(type: "integer", nullable: false),
                    StagesRecorded = table.Column<int>(type: "integer", nullable: false),
                    Error = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DietRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DietBillMatches",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BillId = table.Column<int>(type: "integer", nullable: false),
                    ItemId = table.Column<int>(type: "integer", nullable: false),
                    MatchedTerms = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    State = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    MatchedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DecidedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DietBillMatches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DietBillMatches_DietBills_BillId",
                        column: x => x.BillId,
                        principalTable: "DietBills",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DietBillMatches_Items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DietBillSteps",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MatchId = table.Column<long>(type: "bigint", nullable: false),
                    Stage = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DietBillSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DietBillSteps_DietBillMatches_MatchId",
                        column: x => x.MatchId,
                        principalTable: "DietBillMatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AlertEvents_DietBillStepId",
                table: "AlertEvents",
                column: "DietBillStepId");

            migrationBuilder.CreateIndex(
                name: "IX_DietBillMatches_BillId_ItemId",
                table: "DietBillMatches",
                columns: new[] { "BillId", "ItemId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DietBillMatches_ItemId",
                table: "DietBillMatches",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_DietBillMatches_State_MatchedAt",
                table: "DietBillMatches",
                columns: new[] { "State", "MatchedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DietBills_Kind_Session_Number",
                table: "DietBills",
                columns: new[] { "Kind", "Session", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DietBillSteps_MatchId_Stage",
                table: "DietBillSteps",
                columns: new[] { "MatchId", "Stage" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DietBillSteps_RecordedAt_Id",
                table: "DietBillSteps",
                columns: new[] { "RecordedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_DietRuns_StartedAt",
                table: "DietRuns",
                column: "StartedAt");

            migrationBuilder.AddForeignKey(
                name: "FK_AlertEvents_DietBillSteps_DietBillStepId",
                table: "AlertEvents",
                column: "DietBillStepId",
                principalTable: "DietBillSteps",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            // The seeded items' rules for Diet bills, for databases seeded before the watch existed (a new database gets them from the seed).
            migrationBuilder.Sql("""
                INSERT INTO "WatchRules" ("ItemId", "AllTerms", "AnyTerms", "Offices", "CoversPublicComments", "CoversDietBills", "CreatedAt", "CreatedBy")
                SELECT i."Id", '個人情報の保護に関する法律' || chr(10) || '改正', '', '', FALSE, TRUE, '2026-12-06T00:00:00Z', 'JapanAiGov editors'
                FROM "Items" i WHERE i."Slug" = 'pipa-amendment-ai-training';
                INSERT INTO "WatchRules" ("ItemId", "AllTerms", "AnyTerms", "Offices", "CoversPublicComments", "CoversDietBills", "CreatedAt", "CreatedBy")
                SELECT i."Id", '人工知能関連技術', '', '', FALSE, TRUE, '2026-12-06T00:00:00Z', 'JapanAiGov editors'
                FROM "Items" i WHERE i."Slug" = 'ai-promotion-act';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_AlertEvents_DietBillSteps_DietBillStepId",
                table: "AlertEvents");

            migrationBuilder.DropTable(
                name: "DietBillSteps");

            migrationBuilder.DropTable(
                name: "DietRuns");

            migrationBuilder.DropTable(
                name: "DietBillMatches");

            migrationBuilder.DropTable(
                name: "DietBills");

            migrationBuilder.DropIndex(
                name: "IX_AlertEvents_DietBillStepId",
                table: "AlertEvents");

            migrationBuilder.DropColumn(
                name: "CoversDietBills",
                table: "WatchRules");

            migrationBuilder.DropColumn(
                name: "CoversPublicComments",
                table: "WatchRules");

            migrationBuilder.DropColumn(
                name: "DietBillStepId",
                table: "AlertEvents");
        }
    }
}
