using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JapanAiGov.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class AlertChannels : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Message-IDs are derived from DedupKey at send time now (Alerts/Email/EmailMessageId.cs), the same ids the
            // dropped column held; every existing subscription and delivery is by email.
            migrationBuilder.DropColumn(
                name: "MessageId",
                table: "Deliveries");

            migrationBuilder.AddColumn<string>(
                name: "Channel",
                table: "Subscriptions",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "Email");

            migrationBuilder.AddColumn<string>(
                name: "Channel",
                table: "Deliveries",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "Email");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Channel",
                table: "Subscriptions");

            migrationBuilder.DropColumn(
                name: "Channel",
                table: "Deliveries");

            // The ids come back empty: the code before this migration needs them set again (they are derived from DedupKey and Email:From).
            migrationBuilder.AddColumn<string>(
                name: "MessageId",
                table: "Deliveries",
                type: "TEXT",
                maxLength: 300,
                nullable: false,
                defaultValue: "");
        }
    }
}
