using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DeepMath.Web.Infrastructure.Database.Migrations
{
    /// <inheritdoc />
    public partial class ScoreTable : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "computed_scores",
                schema: "reviewing",
                columns: table => new
                {
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    submission_id = table.Column<Guid>(type: "uuid", nullable: false),
                    assigned = table.Column<int>(type: "integer", nullable: false),
                    done = table.Column<int>(type: "integer", nullable: false),
                    mean = table.Column<double>(type: "double precision", nullable: true),
                    std_dev = table.Column<double>(type: "double precision", nullable: true),
                    weighted_mean = table.Column<double>(type: "double precision", nullable: true),
                    calibrated = table.Column<double>(type: "double precision", nullable: true),
                    spread = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_computed_scores", x => new { x.call_id, x.submission_id });
                });

            migrationBuilder.CreateTable(
                name: "score_states",
                schema: "reviewing",
                columns: table => new
                {
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    changed = table.Column<long>(type: "bigint", nullable: false),
                    computed = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_score_states", x => x.call_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_computed_scores_submission_id",
                schema: "reviewing",
                table: "computed_scores",
                column: "submission_id");

            migrationBuilder.Sql(DeepMath.Web.Modules.Reviewing.ScoreTable.ScoreTableTriggers.Create);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(DeepMath.Web.Modules.Reviewing.ScoreTable.ScoreTableTriggers.Drop);

            migrationBuilder.DropTable(
                name: "computed_scores",
                schema: "reviewing");

            migrationBuilder.DropTable(
                name: "score_states",
                schema: "reviewing");
        }
    }
}
