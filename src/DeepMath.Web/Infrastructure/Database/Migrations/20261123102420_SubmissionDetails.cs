using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace DeepMath.Web.Infrastructure.Database.Migrations
{
    /// <inheritdoc />
    public partial class SubmissionDetails : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Abstract",
                schema: "submissions",
                table: "submissions",
                type: "character varying(5000)",
                maxLength: 5000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<List<string>>(
                name: "Disciplines",
                schema: "submissions",
                table: "submissions",
                type: "text[]",
                nullable: false,
                // Existing rows (drafts with a title only) get empty lists.
                defaultValueSql: "'{}'::text[]");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ExceptionDecidedAt",
                schema: "submissions",
                table: "submissions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExceptionDecidedBy",
                schema: "submissions",
                table: "submissions",
                type: "character varying(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExceptionRequest",
                schema: "submissions",
                table: "submissions",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExceptionState",
                schema: "submissions",
                table: "submissions",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PresenterEmail",
                schema: "submissions",
                table: "submissions",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "Topics",
                schema: "submissions",
                table: "submissions",
                type: "text[]",
                nullable: false,
                // Existing rows (drafts with a title only) get empty lists.
                defaultValueSql: "'{}'::text[]");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "WithdrawnAt",
                schema: "submissions",
                table: "submissions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "pdf_blobs",
                schema: "submissions",
                columns: table => new
                {
                    Sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    StoredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pdf_blobs", x => x.Sha256);
                });

            migrationBuilder.CreateTable(
                name: "submission_authors",
                schema: "submissions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Affiliation = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Country = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SubmissionId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_submission_authors", x => x.Id);
                    table.ForeignKey(
                        name: "FK_submission_authors_submissions_SubmissionId",
                        column: x => x.SubmissionId,
                        principalSchema: "submissions",
                        principalTable: "submissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "submission_pdfs",
                schema: "submissions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SubmissionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    StorageKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ReportJson = table.Column<string>(type: "jsonb", nullable: false),
                    ErrorCount = table.Column<int>(type: "integer", nullable: false),
                    WarningCount = table.Column<int>(type: "integer", nullable: false),
                    CheckedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_submission_pdfs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_submission_pdfs_submissions_SubmissionId",
                        column: x => x.SubmissionId,
                        principalSchema: "submissions",
                        principalTable: "submissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_submissions_one_per_presenter",
                schema: "submissions",
                table: "submissions",
                columns: new[] { "CallId", "PresenterEmail" },
                unique: true,
                filter: "\"PresenterEmail\" IS NOT NULL AND \"State\" <> 'Withdrawn'");

            migrationBuilder.CreateIndex(
                name: "IX_submission_authors_SubmissionId",
                schema: "submissions",
                table: "submission_authors",
                column: "SubmissionId");

            migrationBuilder.CreateIndex(
                name: "IX_submission_pdfs_SubmissionId_Version",
                schema: "submissions",
                table: "submission_pdfs",
                columns: new[] { "SubmissionId", "Version" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "pdf_blobs",
                schema: "submissions");

            migrationBuilder.DropTable(
                name: "submission_authors",
                schema: "submissions");

            migrationBuilder.DropTable(
                name: "submission_pdfs",
                schema: "submissions");

            migrationBuilder.DropIndex(
                name: "ix_submissions_one_per_presenter",
                schema: "submissions",
                table: "submissions");

            migrationBuilder.DropColumn(
                name: "Abstract",
                schema: "submissions",
                table: "submissions");

            migrationBuilder.DropColumn(
                name: "Disciplines",
                schema: "submissions",
                table: "submissions");

            migrationBuilder.DropColumn(
                name: "ExceptionDecidedAt",
                schema: "submissions",
                table: "submissions");

            migrationBuilder.DropColumn(
                name: "ExceptionDecidedBy",
                schema: "submissions",
                table: "submissions");

            migrationBuilder.DropColumn(
                name: "ExceptionRequest",
                schema: "submissions",
                table: "submissions");

            migrationBuilder.DropColumn(
                name: "ExceptionState",
                schema: "submissions",
                table: "submissions");

            migrationBuilder.DropColumn(
                name: "PresenterEmail",
                schema: "submissions",
                table: "submissions");

            migrationBuilder.DropColumn(
                name: "Topics",
                schema: "submissions",
                table: "submissions");

            migrationBuilder.DropColumn(
                name: "WithdrawnAt",
                schema: "submissions",
                table: "submissions");
        }
    }
}
