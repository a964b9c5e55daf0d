using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DeepMath.Web.Infrastructure.Database.Migrations
{
    /// <inheritdoc />
    public partial class Decisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "decisions");

            migrationBuilder.CreateTable(
                name: "custom_outcomes",
                schema: "decisions",
                columns: table => new
                {
                    CallId = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Label = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Accepts = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_custom_outcomes", x => new { x.CallId, x.Key });
                });

            migrationBuilder.CreateTable(
                name: "decision_changes",
                schema: "decisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CallId = table.Column<Guid>(type: "uuid", nullable: false),
                    SubmissionId = table.Column<Guid>(type: "uuid", nullable: false),
                    FromOutcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ToOutcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ChangedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Via = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_decision_changes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "decision_notices",
                schema: "decisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CallId = table.Column<Guid>(type: "uuid", nullable: false),
                    SubmissionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    OutcomeKey = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OutboxKey = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    QueuedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Resends = table.Column<int>(type: "integer", nullable: false),
                    LatestOutboxKey = table.Column<string>(type: "character varying(420)", maxLength: 420, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_decision_notices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "decision_settings",
                schema: "decisions",
                columns: table => new
                {
                    CallId = table.Column<Guid>(type: "uuid", nullable: false),
                    TalkCapacity = table.Column<int>(type: "integer", nullable: true),
                    PosterCapacity = table.Column<int>(type: "integer", nullable: true),
                    SendOnNotificationDate = table.Column<bool>(type: "boolean", nullable: false),
                    ScheduledBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ScheduledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ScheduledSentFor = table.Column<DateOnly>(type: "date", nullable: true),
                    SendRequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SendRequestedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_decision_settings", x => x.CallId);
                });

            migrationBuilder.CreateTable(
                name: "decisions",
                schema: "decisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CallId = table.Column<Guid>(type: "uuid", nullable: false),
                    SubmissionId = table.Column<Guid>(type: "uuid", nullable: false),
                    OutcomeKey = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    DecidedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SentRevision = table.Column<int>(type: "integer", nullable: true),
                    SentOutcomeKey = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_decisions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "notification_templates",
                schema: "decisions",
                columns: table => new
                {
                    CallId = table.Column<Guid>(type: "uuid", nullable: false),
                    OutcomeKey = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notification_templates", x => new { x.CallId, x.OutcomeKey });
                });

            migrationBuilder.CreateIndex(
                name: "IX_decision_changes_CallId_ChangedAt",
                schema: "decisions",
                table: "decision_changes",
                columns: new[] { "CallId", "ChangedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_decision_changes_SubmissionId",
                schema: "decisions",
                table: "decision_changes",
                column: "SubmissionId");

            migrationBuilder.CreateIndex(
                name: "IX_decision_notices_CallId_SubmissionId",
                schema: "decisions",
                table: "decision_notices",
                columns: new[] { "CallId", "SubmissionId" });

            migrationBuilder.CreateIndex(
                name: "IX_decision_notices_OutboxKey",
                schema: "decisions",
                table: "decision_notices",
                column: "OutboxKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_decisions_CallId_OutcomeKey",
                schema: "decisions",
                table: "decisions",
                columns: new[] { "CallId", "OutcomeKey" });

            migrationBuilder.CreateIndex(
                name: "IX_decisions_SubmissionId",
                schema: "decisions",
                table: "decisions",
                column: "SubmissionId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "custom_outcomes",
                schema: "decisions");

            migrationBuilder.DropTable(
                name: "decision_changes",
                schema: "decisions");

            migrationBuilder.DropTable(
                name: "decision_notices",
                schema: "decisions");

            migrationBuilder.DropTable(
                name: "decision_settings",
                schema: "decisions");

            migrationBuilder.DropTable(
                name: "decisions",
                schema: "decisions");

            migrationBuilder.DropTable(
                name: "notification_templates",
                schema: "decisions");
        }
    }
}
