using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace JapanAiGov.Web.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ActionLevels : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Follows",
                table: "Subscriptions",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Action",
                table: "Items",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ActionChangedAt",
                table: "Items",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ActionDueLabel",
                table: "Items",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ActionDueLabelJa",
                table: "Items",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "ActionDueOn",
                table: "Items",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ActionReason",
                table: "Items",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ActionReasonJa",
                table: "Items",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ActionTrigger",
                table: "Items",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ActionTriggerJa",
                table: "Items",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "ActionChangeId",
                table: "AlertEvents",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ActionChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ItemId = table.Column<int>(type: "integer", nullable: false),
                    FromLevel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ToLevel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ReasonJa = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Trigger = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    TriggerJa = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DueLabel = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DueLabelJa = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ChangedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ChangedByUserId = table.Column<string>(type: "text", nullable: true),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActionChanges_Items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Items_Action",
                table: "Items",
                column: "Action");

            migrationBuilder.CreateIndex(
                name: "IX_AlertEvents_ActionChangeId",
                table: "AlertEvents",
                column: "ActionChangeId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionChanges_ChangedAt",
                table: "ActionChanges",
                column: "ChangedAt");

            migrationBuilder.CreateIndex(
                name: "IX_ActionChanges_ItemId",
                table: "ActionChanges",
                column: "ItemId");

            migrationBuilder.AddForeignKey(
                name: "FK_AlertEvents_ActionChanges_ActionChangeId",
                table: "AlertEvents",
                column: "ActionChangeId",
                principalTable: "ActionChanges",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_AlertEvents_ActionChanges_ActionChangeId",
                table: "AlertEvents");

            migrationBuilder.DropTable(
                name: "ActionChanges");

            migrationBuilder.DropIndex(
                name: "IX_Items_Action",
                table: "Items");

            migrationBuilder.DropIndex(
                name: "IX_AlertEvents_ActionChangeId",
                table: "AlertEvents");

            migrationBuilder.DropColumn(
                name: "Follows",
                table: "Subscriptions");

            migrationBuilder.DropColumn(
                name: "Action",
                table: "Items");

            migrationBuilder.DropColumn(
                name: "ActionChangedAt",
                table: "Items");

            migrationBuilder.DropColumn(
                name: "ActionDueLabel",
                table: "Items");

            migrationBuilder.DropColumn(
                name: "ActionDueLabelJa",
                table: "Items");

            migrationBuilder.DropColumn(
                name: "ActionDueOn",
                table: "Items");

            migrationBuilder.DropColumn(
                name: "ActionReason",
                table: "Items");

            migrationBuilder.DropColumn(
                name: "ActionReasonJa",
                table: "Items");

            migrationBuilder.DropColumn(
                name: "ActionTrigger",
                table: "Items");

            migrationBuilder.DropColumn(
                name: "ActionTriggerJa",
                table: "Items");

            migrationBuilder.DropColumn(
                name: "ActionChangeId",
                table: "AlertEvents");
        }
    }
}
