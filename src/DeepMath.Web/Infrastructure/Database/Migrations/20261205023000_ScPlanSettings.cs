using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DeepMath.Web.Infrastructure.Database.Migrations
{
    /// <summary>An applied automatic assignment keeps how it was made: mode, cap and seed, weights and constraints.</summary>
    [DbContext(typeof(DeepMathDbContext))]
    [Migration("20261205023000_ScPlanSettings")]
    public partial class ScPlanSettings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "settings",
                schema: "reviewing",
                table: "assignment_batches",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "settings",
                schema: "reviewing",
                table: "assignment_batches");
        }
    }
}
