using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DeepMath.Web.Infrastructure.Database.Migrations
{
    /// <inheritdoc />
    public partial class AssignmentsReviewsInvitations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "assignment_batches",
                schema: "reviewing",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CallId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    Summary = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    PairCount = table.Column<int>(type: "integer", nullable: false),
                    UndoneAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assignment_batches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "author_conflicts",
                schema: "reviewing",
                columns: table => new
                {
                    SubmissionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewerId = table.Column<Guid>(type: "uuid", nullable: false),
                    DeclaredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DeclaredBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_author_conflicts", x => new { x.SubmissionId, x.ReviewerId });
                    table.ForeignKey(
                        name: "FK_author_conflicts_reviewers_ReviewerId",
                        column: x => x.ReviewerId,
                        principalSchema: "reviewing",
                        principalTable: "reviewers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "review_settings",
                schema: "reviewing",
                columns: table => new
                {
                    CallId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewsDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    BiddingClosesOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Form = table.Column<string>(type: "jsonb", nullable: false),
                    InvitationReminderDays = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    UpdatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_review_settings", x => x.CallId);
                });

            migrationBuilder.CreateTable(
                name: "reviewer_invitations",
                schema: "reviewing",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CallId = table.Column<Guid>(type: "uuid", nullable: false),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false),
                    InvitedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    InvitedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    LastSentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RemindersSent = table.Column<int>(type: "integer", nullable: false),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reviewer_invitations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reviews",
                schema: "reviewing",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CallId = table.Column<Guid>(type: "uuid", nullable: false),
                    SubmissionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Scores = table.Column<string>(type: "jsonb", nullable: false),
                    Overall = table.Column<int>(type: "integer", nullable: true),
                    Confidence = table.Column<int>(type: "integer", nullable: true),
                    CommentsToAuthors = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    ConfidentialComments = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_reviews_reviewers_ReviewerId",
                        column: x => x.ReviewerId,
                        principalSchema: "reviewing",
                        principalTable: "reviewers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "assignment_changes",
                schema: "reviewing",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BatchId = table.Column<Guid>(type: "uuid", nullable: false),
                    CallId = table.Column<Guid>(type: "uuid", nullable: false),
                    SubmissionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Added = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assignment_changes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_assignment_changes_assignment_batches_BatchId",
                        column: x => x.BatchId,
                        principalSchema: "reviewing",
                        principalTable: "assignment_batches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "assignments",
                schema: "reviewing",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CallId = table.Column<Guid>(type: "uuid", nullable: false),
                    SubmissionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewerId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    BatchId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_assignments_assignment_batches_BatchId",
                        column: x => x.BatchId,
                        principalSchema: "reviewing",
                        principalTable: "assignment_batches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_assignments_reviewers_ReviewerId",
                        column: x => x.ReviewerId,
                        principalSchema: "reviewing",
                        principalTable: "reviewers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_assignment_batches_CallId_CreatedAt",
                schema: "reviewing",
                table: "assignment_batches",
                columns: new[] { "CallId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_assignment_changes_BatchId",
                schema: "reviewing",
                table: "assignment_changes",
                column: "BatchId");

            migrationBuilder.CreateIndex(
                name: "IX_assignment_changes_CallId",
                schema: "reviewing",
                table: "assignment_changes",
                column: "CallId");

            migrationBuilder.CreateIndex(
                name: "IX_assignments_BatchId",
                schema: "reviewing",
                table: "assignments",
                column: "BatchId");

            migrationBuilder.CreateIndex(
                name: "IX_assignments_CallId",
                schema: "reviewing",
                table: "assignments",
                column: "CallId");

            migrationBuilder.CreateIndex(
                name: "IX_assignments_ReviewerId",
                schema: "reviewing",
                table: "assignments",
                column: "ReviewerId");

            migrationBuilder.CreateIndex(
                name: "IX_assignments_SubmissionId_ReviewerId",
                schema: "reviewing",
                table: "assignments",
                columns: new[] { "SubmissionId", "ReviewerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_author_conflicts_ReviewerId",
                schema: "reviewing",
                table: "author_conflicts",
                column: "ReviewerId");

            migrationBuilder.CreateIndex(
                name: "IX_reviewer_invitations_CallId_Email",
                schema: "reviewing",
                table: "reviewer_invitations",
                columns: new[] { "CallId", "Email" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reviewer_invitations_State_LastSentAt",
                schema: "reviewing",
                table: "reviewer_invitations",
                columns: new[] { "State", "LastSentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_reviews_CallId",
                schema: "reviewing",
                table: "reviews",
                column: "CallId");

            migrationBuilder.CreateIndex(
                name: "IX_reviews_ReviewerId",
                schema: "reviewing",
                table: "reviews",
                column: "ReviewerId");

            migrationBuilder.CreateIndex(
                name: "IX_reviews_SubmissionId_ReviewerId",
                schema: "reviewing",
                table: "reviews",
                columns: new[] { "SubmissionId", "ReviewerId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assignment_changes",
                schema: "reviewing");

            migrationBuilder.DropTable(
                name: "assignments",
                schema: "reviewing");

            migrationBuilder.DropTable(
                name: "author_conflicts",
                schema: "reviewing");

            migrationBuilder.DropTable(
                name: "review_settings",
                schema: "reviewing");

            migrationBuilder.DropTable(
                name: "reviewer_invitations",
                schema: "reviewing");

            migrationBuilder.DropTable(
                name: "reviews",
                schema: "reviewing");

            migrationBuilder.DropTable(
                name: "assignment_batches",
                schema: "reviewing");
        }
    }
}
