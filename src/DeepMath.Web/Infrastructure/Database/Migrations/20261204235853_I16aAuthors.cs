using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DeepMath.Web.Infrastructure.Database.Migrations
{
    /// <inheritdoc />
    public partial class I16aAuthors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "may_edit",
                schema: "submissions",
                table: "submission_authors",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "final_version_on",
                schema: "events",
                table: "calls",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "pending_uploads",
                schema: "submissions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    owner_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    file_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    size_bytes = table.Column<long>(type: "bigint", nullable: false),
                    storage_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pending_uploads", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "submission_final_versions",
                schema: "submissions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    submission_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    @abstract = table.Column<string>(name: "abstract", type: "character varying(5000)", maxLength: 5000, nullable: false),
                    authors = table.Column<string>(type: "text", nullable: false),
                    saved_by = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    saved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_submission_final_versions", x => x.id);
                    table.ForeignKey(
                        name: "fk_submission_final_versions_submissions_submission_id",
                        column: x => x.submission_id,
                        principalSchema: "submissions",
                        principalTable: "submissions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_pending_uploads_owner_id",
                schema: "submissions",
                table: "pending_uploads",
                column: "owner_id");

            migrationBuilder.CreateIndex(
                name: "ix_pending_uploads_storage_key",
                schema: "submissions",
                table: "pending_uploads",
                column: "storage_key");

            migrationBuilder.CreateIndex(
                name: "ix_submission_final_versions_submission_id_version",
                schema: "submissions",
                table: "submission_final_versions",
                columns: new[] { "submission_id", "version" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "pending_uploads",
                schema: "submissions");

            migrationBuilder.DropTable(
                name: "submission_final_versions",
                schema: "submissions");

            migrationBuilder.DropColumn(
                name: "may_edit",
                schema: "submissions",
                table: "submission_authors");

            migrationBuilder.DropColumn(
                name: "final_version_on",
                schema: "events",
                table: "calls");
        }
    }
}
