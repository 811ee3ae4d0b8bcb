using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

#nullable disable

namespace JapanAiGov.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class DietBills : Migration
    {
        private static readonly object CreatedAt = new DateTimeOffsetToBinaryConverter().ConvertToProvider(new DateTimeOffset(2026, 12, 6, 0, 0, 0, TimeSpan.Zero))!;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "CoversDietBills",
                table: "WatchRules",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "CoversPublicComments",
                table: "WatchRules",
                type: "INTEGER",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<long>(
                name: "DietBillStepId",
                table: "AlertEvents",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DietBills",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Session = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    StatusText = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ProgressUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    FactsJson = table.Column<string>(type: "TEXT", nullable: false),
                    FirstSeenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastSeenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CheckedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Problem = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    HasChangedFacts = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DietBills", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DietRuns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Trigger = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Instance = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PagesRead = table.Column<int>(type: "INTEGER", nullable: false),
                    BillsListed = table.Column<int>(type: "INTEGER", nullable: false),
                    BillsMatched = table.Column<int>(type: "INTEGER", nullable: false),
                    StagesRecorded = table.Column<int>(type: "INTEGER", nullable: false),
                    Error = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DietRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DietBillMatches",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BillId = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    MatchedTerms = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    MatchedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MatchId = table.Column<long>(type: "INTEGER", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
            migrationBuilder.Sql($"""
                INSERT INTO "WatchRules" ("ItemId", "AllTerms", "AnyTerms", "Offices", "CoversPublicComments", "CoversDietBills", "CreatedAt", "CreatedBy")
                SELECT i."Id", '個人情報の保護に関する法律' || char(10) || '改正', '', '', 0, 1, {CreatedAt}, 'JapanAiGov editors'
                FROM "Items" i WHERE i."Slug" = 'pipa-amendment-ai-training';
                INSERT INTO "WatchRules" ("ItemId", "AllTerms", "AnyTerms", "Offices", "CoversPublicComments", "CoversDietBills", "CreatedAt", "CreatedBy")
                SELECT i."Id", '人工知能関連技術', '', '', 0, 1, {CreatedAt}, 'JapanAiGov editors'
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
