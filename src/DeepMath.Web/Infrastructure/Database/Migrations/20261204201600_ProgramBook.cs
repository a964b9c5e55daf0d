using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DeepMath.Web.Infrastructure.Database.Migrations
{
    /// <inheritdoc />
    public partial class ProgramBook : Migration
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "books",
                schema: "program");
        }
    }
}
