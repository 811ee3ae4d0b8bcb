using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JapanAiGov.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddPoller : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "BaselineAt",
                table: "WatchedLaws",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CurrentLawRevisionId",
                table: "WatchedLaws",
                type: "TEXT",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LastCheckedAt",
                table: "WatchedLaws",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LastError",
                table: "WatchedLaws",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LastSucceededAt",
                table: "WatchedLaws",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RemovedAt",
                table: "WatchedLaws",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "AppliedAt",
                table: "LegislativeUpdates",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AppliedBy",
                table: "LegislativeUpdates",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ArticlesAdded",
                table: "LegislativeUpdates",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ArticlesChanged",
                table: "LegislativeUpdates",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ArticlesRemoved",
                table: "LegislativeUpdates",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "ChangedArticles",
                table: "LegislativeUpdates",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DiffStatus",
                table: "LegislativeUpdates",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "State",
                table: "LegislativeUpdates",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "AmendmentType",
                table: "LawRevisions",
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ArticleCount",
                table: "LawRevisions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "EGovUpdatedAt",
                table: "LawRevisions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsBaseline",
                table: "LawRevisions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "TextFetchedAt",
                table: "LawRevisions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TextHash",
                table: "LawRevisions",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "LawRevisionTexts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    ArticlesJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LawRevisionTexts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LawRevisionTexts_LawRevisions_Id",
                        column: x => x.Id,
                        principalTable: "LawRevisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PollerLeases",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Holder = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PollerLeases", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "PollRuns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Trigger = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Instance = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LawsChecked = table.Column<int>(type: "INTEGER", nullable: false),
                    LawsFailed = table.Column<int>(type: "INTEGER", nullable: false),
                    NewRevisions = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatesCreated = table.Column<int>(type: "INTEGER", nullable: false),
                    Error = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PollRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PollLawResults",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PollRunId = table.Column<long>(type: "INTEGER", nullable: false),
                    WatchedLawId = table.Column<int>(type: "INTEGER", nullable: true),
                    LawId = table.Column<string>(type: "TEXT", maxLength: 15, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Baseline = table.Column<bool>(type: "INTEGER", nullable: false),
                    RevisionsSeen = table.Column<int>(type: "INTEGER", nullable: false),
                    NewRevisions = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatesCreated = table.Column<int>(type: "INTEGER", nullable: false),
                    NowInForce = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Error = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DurationMs = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PollLawResults", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PollLawResults_PollRuns_PollRunId",
                        column: x => x.PollRunId,
                        principalTable: "PollRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PollLawResults_WatchedLaws_WatchedLawId",
                        column: x => x.WatchedLawId,
                        principalTable: "WatchedLaws",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.InsertData(
                table: "PollerLeases",
                columns: new[] { "Name", "ExpiresAt", "Holder" },
                values: new object[] { "egov-poller", 1291925127168000000L, null });

            migrationBuilder.CreateIndex(
                name: "IX_LegislativeUpdates_State_DetectedAt",
                table: "LegislativeUpdates",
                columns: new[] { "State", "DetectedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PollLawResults_PollRunId",
                table: "PollLawResults",
                column: "PollRunId");

            migrationBuilder.CreateIndex(
                name: "IX_PollLawResults_WatchedLawId",
                table: "PollLawResults",
                column: "WatchedLawId");

            migrationBuilder.CreateIndex(
                name: "IX_PollRuns_Outcome_FinishedAt",
                table: "PollRuns",
                columns: new[] { "Outcome", "FinishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PollRuns_StartedAt",
                table: "PollRuns",
                column: "StartedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LawRevisionTexts");

            migrationBuilder.DropTable(
                name: "PollerLeases");

            migrationBuilder.DropTable(
                name: "PollLawResults");

            migrationBuilder.DropTable(
                name: "PollRuns");

            migrationBuilder.DropIndex(
                name: "IX_LegislativeUpdates_State_DetectedAt",
                table: "LegislativeUpdates");

            migrationBuilder.DropColumn(
                name: "BaselineAt",
                table: "WatchedLaws");

            migrationBuilder.DropColumn(
                name: "CurrentLawRevisionId",
                table: "WatchedLaws");

            migrationBuilder.DropColumn(
                name: "LastCheckedAt",
                table: "WatchedLaws");

            migrationBuilder.DropColumn(
                name: "LastError",
                table: "WatchedLaws");

            migrationBuilder.DropColumn(
                name: "LastSucceededAt",
                table: "WatchedLaws");

            migrationBuilder.DropColumn(
                name: "RemovedAt",
                table: "WatchedLaws");

            migrationBuilder.DropColumn(
                name: "AppliedAt",
                table: "LegislativeUpdates");

            migrationBuilder.DropColumn(
                name: "AppliedBy",
                table: "LegislativeUpdates");

            migrationBuilder.DropColumn(
                name: "ArticlesAdded",
                table: "LegislativeUpdates");

            migrationBuilder.DropColumn(
                name: "ArticlesChanged",
                table: "LegislativeUpdates");

            migrationBuilder.DropColumn(
                name: "ArticlesRemoved",
                table: "LegislativeUpdates");

            migrationBuilder.DropColumn(
                name: "ChangedArticles",
                table: "LegislativeUpdates");

            migrationBuilder.DropColumn(
                name: "DiffStatus",
                table: "LegislativeUpdates");

            migrationBuilder.DropColumn(
                name: "State",
                table: "LegislativeUpdates");

            migrationBuilder.DropColumn(
                name: "AmendmentType",
                table: "LawRevisions");

            migrationBuilder.DropColumn(
                name: "ArticleCount",
                table: "LawRevisions");

            migrationBuilder.DropColumn(
                name: "EGovUpdatedAt",
                table: "LawRevisions");

            migrationBuilder.DropColumn(
                name: "IsBaseline",
                table: "LawRevisions");

            migrationBuilder.DropColumn(
                name: "TextFetchedAt",
                table: "LawRevisions");

            migrationBuilder.DropColumn(
                name: "TextHash",
                table: "LawRevisions");
        }
    }
}
