using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DeepMath.Web.Infrastructure.Database.Migrations
{
    /// <inheritdoc />
    public partial class I16bReviewersOrganizers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "default_max_load",
                schema: "reviewing",
                table: "review_settings",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "reviewers_see_other_reviews",
                schema: "reviewing",
                table: "review_settings",
                type: "boolean",
                nullable: false,
                defaultValue: true);

            migrationBuilder.CreateTable(
                name: "organizer_conflicts",
                schema: "reviewing",
                columns: table => new
                {
                    reviewer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    submission_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reason = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    added_by = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    added_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organizer_conflicts", x => new { x.reviewer_id, x.submission_id });
                    table.ForeignKey(
                        name: "fk_organizer_conflicts_reviewers_reviewer_id",
                        column: x => x.reviewer_id,
                        principalSchema: "reviewing",
                        principalTable: "reviewers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "pdf_archives",
                schema: "submissions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    requested_by = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    submission_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    packed = table.Column<int>(type: "integer", nullable: false),
                    storage_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: true),
                    size_bytes = table.Column<long>(type: "bigint", nullable: true),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    error = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pdf_archives", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_organizer_conflicts_submission_id",
                schema: "reviewing",
                table: "organizer_conflicts",
                column: "submission_id");

            migrationBuilder.CreateIndex(
                name: "ix_pdf_archives_call_id_requested_at",
                schema: "submissions",
                table: "pdf_archives",
                columns: new[] { "call_id", "requested_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "organizer_conflicts",
                schema: "reviewing");

            migrationBuilder.DropTable(
                name: "pdf_archives",
                schema: "submissions");

            migrationBuilder.DropColumn(
                name: "default_max_load",
                schema: "reviewing",
                table: "review_settings");

            migrationBuilder.DropColumn(
                name: "reviewers_see_other_reviews",
                schema: "reviewing",
                table: "review_settings");
        }
    }
}
