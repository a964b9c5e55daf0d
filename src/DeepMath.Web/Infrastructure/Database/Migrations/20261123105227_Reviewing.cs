using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DeepMath.Web.Infrastructure.Database.Migrations
{
    /// <inheritdoc />
    public partial class Reviewing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "reviewing");

            migrationBuilder.CreateTable(
                name: "reviewers",
                schema: "reviewing",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CallId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    AddedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AddedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ExpertiseTopics = table.Column<List<string>>(type: "text[]", nullable: false),
                    Statement = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Affiliations = table.Column<List<string>>(type: "text[]", nullable: false),
                    EmailDomains = table.Column<List<string>>(type: "text[]", nullable: false),
                    MaxLoad = table.Column<int>(type: "integer", nullable: true),
                    DeclaredPeople = table.Column<List<string>>(type: "text[]", nullable: false),
                    DeclaredInstitutions = table.Column<List<string>>(type: "text[]", nullable: false),
                    ProfileUpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reviewers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "bids",
                schema: "reviewing",
                columns: table => new
                {
                    ReviewerId = table.Column<Guid>(type: "uuid", nullable: false),
                    SubmissionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Value = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bids", x => new { x.ReviewerId, x.SubmissionId });
                    table.ForeignKey(
                        name: "FK_bids_reviewers_ReviewerId",
                        column: x => x.ReviewerId,
                        principalSchema: "reviewing",
                        principalTable: "reviewers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "conflict_rulings",
                schema: "reviewing",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewerId = table.Column<Guid>(type: "uuid", nullable: false),
                    SubmissionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Verdict = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DecidedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_conflict_rulings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_conflict_rulings_reviewers_ReviewerId",
                        column: x => x.ReviewerId,
                        principalSchema: "reviewing",
                        principalTable: "reviewers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_bids_SubmissionId",
                schema: "reviewing",
                table: "bids",
                column: "SubmissionId");

            migrationBuilder.CreateIndex(
                name: "IX_conflict_rulings_ReviewerId_SubmissionId_Kind",
                schema: "reviewing",
                table: "conflict_rulings",
                columns: new[] { "ReviewerId", "SubmissionId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reviewers_CallId_UserId",
                schema: "reviewing",
                table: "reviewers",
                columns: new[] { "CallId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reviewers_UserId",
                schema: "reviewing",
                table: "reviewers",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "bids",
                schema: "reviewing");

            migrationBuilder.DropTable(
                name: "conflict_rulings",
                schema: "reviewing");

            migrationBuilder.DropTable(
                name: "reviewers",
                schema: "reviewing");
        }
    }
}
