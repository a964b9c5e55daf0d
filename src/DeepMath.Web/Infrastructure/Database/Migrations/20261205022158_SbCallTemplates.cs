using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DeepMath.Web.Infrastructure.Database.Migrations
{
    /// <inheritdoc />
    public partial class SbCallTemplates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "template",
                schema: "events",
                table: "calls",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "DeepMath");

            migrationBuilder.CreateTable(
                name: "call_templates",
                schema: "events",
                columns: table => new
                {
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    file_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    content_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false),
                    size_bytes = table.Column<long>(type: "bigint", nullable: false),
                    uploaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_call_templates", x => x.call_id);
                    table.ForeignKey(
                        name: "fk_call_templates_calls_call_id",
                        column: x => x.call_id,
                        principalSchema: "events",
                        principalTable: "calls",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "call_templates",
                schema: "events");

            migrationBuilder.DropColumn(
                name: "template",
                schema: "events",
                table: "calls");
        }
    }
}
