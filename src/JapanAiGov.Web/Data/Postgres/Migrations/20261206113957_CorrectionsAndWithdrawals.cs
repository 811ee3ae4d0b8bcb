using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace JapanAiGov.Web.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CorrectionsAndWithdrawals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Racing confirmations could queue two alert events for one public-comment match (issue 26): keep the
            // first as the match's event, detach the others (already fanned out), so the unique index below holds.
            migrationBuilder.Sql(
                """
                UPDATE "AlertEvents" SET "PublicCommentMatchId" = NULL
                WHERE "PublicCommentMatchId" IS NOT NULL
                  AND "Id" > (SELECT MIN(e2."Id") FROM "AlertEvents" AS e2 WHERE e2."PublicCommentMatchId" = "AlertEvents"."PublicCommentMatchId");
                """);

            migrationBuilder.DropIndex(
                name: "IX_AlertEvents_PublicCommentMatchId",
                table: "AlertEvents");

            migrationBuilder.DropIndex(
                name: "IX_AlertEvents_StatusChangeId",
                table: "AlertEvents");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "RetractedAt",
                table: "StatusChanges",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RetractedBy",
                table: "StatusChanges",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RetractedByUserId",
                table: "StatusChanges",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RetractionReason",
                table: "StatusChanges",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WithdrawalReason",
                table: "Items",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "WithdrawnAt",
                table: "Items",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ItemWithdrawalId",
                table: "AlertEvents",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ItemWithdrawals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ItemId = table.Column<int>(type: "integer", nullable: false),
                    Withdrawn = table.Column<bool>(type: "boolean", nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    EvidenceUrl = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ChangedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ChangedByUserId = table.Column<string>(type: "text", nullable: true),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ItemWithdrawals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ItemWithdrawals_Items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_StatusChanges_RetractedAt",
                table: "StatusChanges",
                column: "RetractedAt");

            migrationBuilder.CreateIndex(
                name: "IX_AlertEvents_ItemWithdrawalId",
                table: "AlertEvents",
                column: "ItemWithdrawalId");

            migrationBuilder.CreateIndex(
                name: "IX_AlertEvents_PublicCommentMatchId",
                table: "AlertEvents",
                column: "PublicCommentMatchId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AlertEvents_StatusChangeId_Kind",
                table: "AlertEvents",
                columns: new[] { "StatusChangeId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ItemWithdrawals_ChangedAt",
                table: "ItemWithdrawals",
                column: "ChangedAt");

            migrationBuilder.CreateIndex(
                name: "IX_ItemWithdrawals_ItemId",
                table: "ItemWithdrawals",
                column: "ItemId");

            migrationBuilder.AddForeignKey(
                name: "FK_AlertEvents_ItemWithdrawals_ItemWithdrawalId",
                table: "AlertEvents",
                column: "ItemWithdrawalId",
                principalTable: "ItemWithdrawals",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_AlertEvents_ItemWithdrawals_ItemWithdrawalId",
                table: "AlertEvents");

            migrationBuilder.DropTable(
                name: "ItemWithdrawals");

            migrationBuilder.DropIndex(
                name: "IX_StatusChanges_RetractedAt",
                table: "StatusChanges");

            migrationBuilder.DropIndex(
                name: "IX_AlertEvents_ItemWithdrawalId",
                table: "AlertEvents");

            migrationBuilder.DropIndex(
                name: "IX_AlertEvents_PublicCommentMatchId",
                table: "AlertEvents");

            migrationBuilder.DropIndex(
                name: "IX_AlertEvents_StatusChangeId_Kind",
                table: "AlertEvents");

            migrationBuilder.DropColumn(
                name: "RetractedAt",
                table: "StatusChanges");

            migrationBuilder.DropColumn(
                name: "RetractedBy",
                table: "StatusChanges");

            migrationBuilder.DropColumn(
                name: "RetractedByUserId",
                table: "StatusChanges");

            migrationBuilder.DropColumn(
                name: "RetractionReason",
                table: "StatusChanges");

            migrationBuilder.DropColumn(
                name: "WithdrawalReason",
                table: "Items");

            migrationBuilder.DropColumn(
                name: "WithdrawnAt",
                table: "Items");

            migrationBuilder.DropColumn(
                name: "ItemWithdrawalId",
                table: "AlertEvents");

            migrationBuilder.CreateIndex(
                name: "IX_AlertEvents_PublicCommentMatchId",
                table: "AlertEvents",
                column: "PublicCommentMatchId");

            migrationBuilder.CreateIndex(
                name: "IX_AlertEvents_StatusChangeId",
                table: "AlertEvents",
                column: "StatusChangeId");
        }
    }
}
