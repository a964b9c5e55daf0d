using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DeepMath.Web.Infrastructure.Database.Migrations
{
    /// <inheritdoc />
    public partial class PerfScoresIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_reviews_submitted_scores",
                schema: "reviewing",
                table: "reviews",
                columns: new[] { "CallId", "SubmissionId", "ReviewerId" },
                filter: "\"SubmittedAt\" IS NOT NULL AND \"Overall\" IS NOT NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "Overall", "Confidence" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_reviews_submitted_scores",
                schema: "reviewing",
                table: "reviews");
        }
    }
}
