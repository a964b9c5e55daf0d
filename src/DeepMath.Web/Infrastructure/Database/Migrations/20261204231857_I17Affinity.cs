using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DeepMath.Web.Infrastructure.Database.Migrations
{
    /// <inheritdoc />
    public partial class I17Affinity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "country",
                schema: "reviewing",
                table: "reviewers",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "institution",
                schema: "reviewing",
                table: "reviewers",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "publication_text",
                schema: "reviewing",
                table: "reviewers",
                type: "character varying(200000)",
                maxLength: 200000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "publications",
                schema: "reviewing",
                table: "reviewers",
                type: "character varying(200000)",
                maxLength: 200000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "senior",
                schema: "reviewing",
                table: "reviewers",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "country",
                schema: "reviewing",
                table: "reviewers");

            migrationBuilder.DropColumn(
                name: "institution",
                schema: "reviewing",
                table: "reviewers");

            migrationBuilder.DropColumn(
                name: "publication_text",
                schema: "reviewing",
                table: "reviewers");

            migrationBuilder.DropColumn(
                name: "publications",
                schema: "reviewing",
                table: "reviewers");

            migrationBuilder.DropColumn(
                name: "senior",
                schema: "reviewing",
                table: "reviewers");
        }
    }
}
