using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DeepMath.Web.Infrastructure.Database.Migrations
{
    /// <inheritdoc />
    public partial class InvitationRoundsAndReviewerConflicts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Round",
                schema: "reviewing",
                table: "reviewer_invitations",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.CreateTable(
                name: "reviewer_conflicts",
                schema: "reviewing",
                columns: table => new
                {
                    ReviewerId = table.Column<Guid>(type: "uuid", nullable: false),
                    SubmissionId = table.Column<Guid>(type: "uuid", nullable: false),
                    DeclaredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reviewer_conflicts", x => new { x.ReviewerId, x.SubmissionId });
                    table.ForeignKey(
                        name: "FK_reviewer_conflicts_reviewers_ReviewerId",
                        column: x => x.ReviewerId,
                        principalSchema: "reviewing",
                        principalTable: "reviewers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_reviewer_conflicts_SubmissionId",
                schema: "reviewing",
                table: "reviewer_conflicts",
                column: "SubmissionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "reviewer_conflicts",
                schema: "reviewing");

            migrationBuilder.DropColumn(
                name: "Round",
                schema: "reviewing",
                table: "reviewer_invitations");
        }
    }
}
