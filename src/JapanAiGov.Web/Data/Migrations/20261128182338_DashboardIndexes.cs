using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JapanAiGov.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class DashboardIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Items_Status",
                table: "Items");

            migrationBuilder.CreateIndex(
                name: "IX_Items_DashboardOrder",
                table: "Items",
                columns: new[] { "StatusChangedAt", "Title", "Id" },
                descending: new[] { true, false, false });

            migrationBuilder.CreateIndex(
                name: "IX_Items_Status_Topic",
                table: "Items",
                columns: new[] { "Status", "Topic" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Items_DashboardOrder",
                table: "Items");

            migrationBuilder.DropIndex(
                name: "IX_Items_Status_Topic",
                table: "Items");

            migrationBuilder.CreateIndex(
                name: "IX_Items_Status",
                table: "Items",
                column: "Status");
        }
    }
}
