using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DeepMath.Web.Infrastructure.Database.Migrations
{
    /// <inheritdoc />
    public partial class I15aSeriesAndTimes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<TimeOnly>(
                name: "end_time",
                schema: "events",
                table: "events",
                type: "time without time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "host_institution",
                schema: "events",
                table: "events",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "parent_event_id",
                schema: "events",
                table: "events",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "room",
                schema: "events",
                table: "events",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "series_id",
                schema: "events",
                table: "events",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "speaker_id",
                schema: "events",
                table: "events",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<TimeOnly>(
                name: "start_time",
                schema: "events",
                table: "events",
                type: "time without time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "series",
                schema: "events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    description_markdown = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    host = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    time_zone_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_series", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "speakers",
                schema: "events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    affiliation = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    biography_markdown = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    homepage = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    photo = table.Column<byte[]>(type: "bytea", nullable: true),
                    photo_content_type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_speakers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "series_organizers",
                schema: "events",
                columns: table => new
                {
                    series_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<string>(type: "text", nullable: false),
                    added_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_series_organizers", x => new { x.series_id, x.user_id });
                    table.ForeignKey(
                        name: "fk_series_organizers_series_series_id",
                        column: x => x.series_id,
                        principalSchema: "events",
                        principalTable: "series",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "series_subscribers",
                schema: "events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    series_id = table.Column<Guid>(type: "uuid", nullable: false),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    token = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    confirmed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    unsubscribed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_series_subscribers", x => x.id);
                    table.ForeignKey(
                        name: "fk_series_subscribers_series_series_id",
                        column: x => x.series_id,
                        principalSchema: "events",
                        principalTable: "series",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_events_parent_event_id",
                schema: "events",
                table: "events",
                column: "parent_event_id");

            migrationBuilder.CreateIndex(
                name: "ix_events_series_id_starts_on",
                schema: "events",
                table: "events",
                columns: new[] { "series_id", "starts_on" });

            migrationBuilder.CreateIndex(
                name: "ix_events_speaker_id",
                schema: "events",
                table: "events",
                column: "speaker_id");

            migrationBuilder.CreateIndex(
                name: "ix_series_slug",
                schema: "events",
                table: "series",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_series_subscribers_series_id_email",
                schema: "events",
                table: "series_subscribers",
                columns: new[] { "series_id", "email" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_series_subscribers_token",
                schema: "events",
                table: "series_subscribers",
                column: "token",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_speakers_name",
                schema: "events",
                table: "speakers",
                column: "name");

            migrationBuilder.AddForeignKey(
                name: "fk_events_events_parent_event_id",
                schema: "events",
                table: "events",
                column: "parent_event_id",
                principalSchema: "events",
                principalTable: "events",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "fk_events_series_series_id",
                schema: "events",
                table: "events",
                column: "series_id",
                principalSchema: "events",
                principalTable: "series",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "fk_events_speakers_speaker_id",
                schema: "events",
                table: "events",
                column: "speaker_id",
                principalSchema: "events",
                principalTable: "speakers",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_events_events_parent_event_id",
                schema: "events",
                table: "events");

            migrationBuilder.DropForeignKey(
                name: "fk_events_series_series_id",
                schema: "events",
                table: "events");

            migrationBuilder.DropForeignKey(
                name: "fk_events_speakers_speaker_id",
                schema: "events",
                table: "events");

            migrationBuilder.DropTable(
                name: "series_organizers",
                schema: "events");

            migrationBuilder.DropTable(
                name: "series_subscribers",
                schema: "events");

            migrationBuilder.DropTable(
                name: "speakers",
                schema: "events");

            migrationBuilder.DropTable(
                name: "series",
                schema: "events");

            migrationBuilder.DropIndex(
                name: "ix_events_parent_event_id",
                schema: "events",
                table: "events");

            migrationBuilder.DropIndex(
                name: "ix_events_series_id_starts_on",
                schema: "events",
                table: "events");

            migrationBuilder.DropIndex(
                name: "ix_events_speaker_id",
                schema: "events",
                table: "events");

            migrationBuilder.DropColumn(
                name: "end_time",
                schema: "events",
                table: "events");

            migrationBuilder.DropColumn(
                name: "host_institution",
                schema: "events",
                table: "events");

            migrationBuilder.DropColumn(
                name: "parent_event_id",
                schema: "events",
                table: "events");

            migrationBuilder.DropColumn(
                name: "room",
                schema: "events",
                table: "events");

            migrationBuilder.DropColumn(
                name: "series_id",
                schema: "events",
                table: "events");

            migrationBuilder.DropColumn(
                name: "speaker_id",
                schema: "events",
                table: "events");

            migrationBuilder.DropColumn(
                name: "start_time",
                schema: "events",
                table: "events");
        }
    }
}
