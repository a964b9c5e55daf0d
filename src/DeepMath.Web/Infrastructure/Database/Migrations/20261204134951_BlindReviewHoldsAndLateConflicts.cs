using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DeepMath.Web.Infrastructure.Database.Migrations
{
    /// <inheritdoc />
    public partial class BlindReviewHoldsAndLateConflicts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AuthorsFingerprint",
                schema: "submissions",
                table: "submissions",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CheckedAuthorsFingerprint",
                schema: "submissions",
                table: "submission_pdfs",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DecidedAt",
                schema: "reviewing",
                table: "author_conflicts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DecidedBy",
                schema: "reviewing",
                table: "author_conflicts",
                type: "character varying(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "State",
                schema: "reviewing",
                table: "author_conflicts",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                // Conflicts declared before this migration were declared under the old rule, when they held at once.
                defaultValue: "Holds");

            migrationBuilder.CreateTable(
                name: "profile_changes",
                schema: "reviewing",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CallId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewerId = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Affiliations = table.Column<List<string>>(type: "text[]", nullable: false),
                    EmailDomains = table.Column<List<string>>(type: "text[]", nullable: false),
                    DeclaredPeople = table.Column<List<string>>(type: "text[]", nullable: false),
                    DeclaredInstitutions = table.Column<List<string>>(type: "text[]", nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DecidedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_profile_changes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_profile_changes_reviewers_ReviewerId",
                        column: x => x.ReviewerId,
                        principalSchema: "reviewing",
                        principalTable: "reviewers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_profile_changes_CallId_State",
                schema: "reviewing",
                table: "profile_changes",
                columns: new[] { "CallId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_profile_changes_ReviewerId",
                schema: "reviewing",
                table: "profile_changes",
                column: "ReviewerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "profile_changes",
                schema: "reviewing");

            migrationBuilder.DropColumn(
                name: "AuthorsFingerprint",
                schema: "submissions",
                table: "submissions");

            migrationBuilder.DropColumn(
                name: "CheckedAuthorsFingerprint",
                schema: "submissions",
                table: "submission_pdfs");

            migrationBuilder.DropColumn(
                name: "DecidedAt",
                schema: "reviewing",
                table: "author_conflicts");

            migrationBuilder.DropColumn(
                name: "DecidedBy",
                schema: "reviewing",
                table: "author_conflicts");

            migrationBuilder.DropColumn(
                name: "State",
                schema: "reviewing",
                table: "author_conflicts");
        }
    }
}
