using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JapanAiGov.Web.Data.Migrations
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
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Action",
                table: "Items",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "ActionChangedAt",
                table: "Items",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ActionDueLabel",
                table: "Items",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ActionDueLabelJa",
                table: "Items",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "ActionDueOn",
                table: "Items",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ActionReason",
                table: "Items",
                type: "TEXT",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ActionReasonJa",
                table: "Items",
                type: "TEXT",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ActionTrigger",
                table: "Items",
                type: "TEXT",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ActionTriggerJa",
                table: "Items",
                type: "TEXT",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "ActionChangeId",
                table: "AlertEvents",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ActionChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    FromLevel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ToLevel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ReasonJa = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Trigger = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    TriggerJa = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DueLabel = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DueLabelJa = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ChangedByUserId = table.Column<string>(type: "TEXT", nullable: true),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
