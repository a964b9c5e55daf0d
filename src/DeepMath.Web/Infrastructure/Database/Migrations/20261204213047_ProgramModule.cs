using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DeepMath.Web.Infrastructure.Database.Migrations
{
    /// <inheritdoc />
    public partial class ProgramModule : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "books",
                schema: "program",
                columns: table => new
                {
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    state = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    seen_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    attempted_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    step = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    failure = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    built_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    pdf = table.Column<byte[]>(type: "bytea", nullable: true),
                    pages = table.Column<int>(type: "integer", nullable: false),
                    abstracts = table.Column<int>(type: "integer", nullable: false),
                    release_version = table.Column<int>(type: "integer", nullable: false),
                    built_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    build_seconds = table.Column<double>(type: "double precision", nullable: false),
                    problems = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_books", x => x.event_id);
                });

            migrationBuilder.CreateTable(
                name: "schedule_tokens",
                schema: "program",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    token_hash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_schedule_tokens", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "stars",
                schema: "program",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    target_id = table.Column<Guid>(type: "uuid", nullable: false),
                    starred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stars", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "working_copies",
                schema: "program",
                columns: table => new
                {
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    draft = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_working_copies", x => x.event_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_schedule_tokens_event_id_user_id",
                schema: "program",
                table: "schedule_tokens",
                columns: new[] { "event_id", "user_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_schedule_tokens_token_hash",
                schema: "program",
                table: "schedule_tokens",
                column: "token_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_stars_event_id_user_id_target_id",
                schema: "program",
                table: "stars",
                columns: new[] { "event_id", "user_id", "target_id" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "books",
                schema: "program");

            migrationBuilder.DropTable(
                name: "schedule_tokens",
                schema: "program");

            migrationBuilder.DropTable(
                name: "stars",
                schema: "program");

            migrationBuilder.DropTable(
                name: "working_copies",
                schema: "program");
        }
    }
}
