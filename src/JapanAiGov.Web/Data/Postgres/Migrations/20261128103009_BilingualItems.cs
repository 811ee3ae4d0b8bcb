using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JapanAiGov.Web.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class BilingualItems : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "Subscriptions",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "en");

            migrationBuilder.AddColumn<string>(
                name: "SummaryJa",
                table: "Items",
                type: "character varying(20000)",
                maxLength: 20000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "TitleJa",
                table: "Items",
                type: "character varying(300)",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "WhatToWatchJa",
                table: "Items",
                type: "character varying(20000)",
                maxLength: 20000,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Language",
                table: "Subscriptions");

            migrationBuilder.DropColumn(
                name: "SummaryJa",
                table: "Items");

            migrationBuilder.DropColumn(
                name: "TitleJa",
                table: "Items");

            migrationBuilder.DropColumn(
                name: "WhatToWatchJa",
                table: "Items");
        }
    }
}
