using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DeepMath.Web.Infrastructure.Database.Migrations
{
    /// <inheritdoc />
    public partial class I15bOrganisations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "organisations");

            migrationBuilder.CreateTable(
                name: "organisations",
                schema: "organisations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    description_markdown = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    perspectives_markdown = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organisations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "award_calls",
                schema: "organisations",
                columns: table => new
                {
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    award_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_award_calls", x => x.call_id);
                    table.ForeignKey(
                        name: "fk_award_calls_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalSchema: "organisations",
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "external_events",
                schema: "organisations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: false),
                    place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    url = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_external_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_external_events_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalSchema: "organisations",
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "news_items",
                schema: "organisations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    published_on = table.Column<DateOnly>(type: "date", nullable: false),
                    body_markdown = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    is_draft = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_news_items", x => x.id);
                    table.ForeignKey(
                        name: "fk_news_items_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalSchema: "organisations",
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "organisation_events",
                schema: "organisations",
                columns: table => new
                {
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organisation_events", x => new { x.organisation_id, x.event_id });
                    table.ForeignKey(
                        name: "fk_organisation_events_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalSchema: "organisations",
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "organisation_figures",
                schema: "organisations",
                columns: table => new
                {
                    position = table.Column<int>(type: "integer", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<long>(type: "bigint", nullable: false),
                    label = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organisation_figures", x => new { x.organisation_id, x.position });
                    table.ForeignKey(
                        name: "fk_organisation_figures_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalSchema: "organisations",
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "organisation_managers",
                schema: "organisations",
                columns: table => new
                {
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    added_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organisation_managers", x => new { x.organisation_id, x.user_id });
                    table.ForeignKey(
                        name: "fk_organisation_managers_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalSchema: "organisations",
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "award_applications",
                schema: "organisations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    submission_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    applicant_user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    applicant_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    applicant_email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    thesis_title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    supervisor_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    supervisor_email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    letter_token_hash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    letter_received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_award_applications", x => x.id);
                    table.ForeignKey(
                        name: "fk_award_applications_award_calls_call_id",
                        column: x => x.call_id,
                        principalSchema: "organisations",
                        principalTable: "award_calls",
                        principalColumn: "call_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "application_files",
                schema: "organisations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    application_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    file_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false),
                    sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    uploaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_application_files", x => x.id);
                    table.ForeignKey(
                        name: "fk_application_files_award_applications_application_id",
                        column: x => x.application_id,
                        principalSchema: "organisations",
                        principalTable: "award_applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "awards",
                schema: "organisations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    application_id = table.Column<Guid>(type: "uuid", nullable: false),
                    applicant_user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    applicant_email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    awarded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    awarded_by = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_awards", x => x.id);
                    table.ForeignKey(
                        name: "fk_awards_award_applications_application_id",
                        column: x => x.application_id,
                        principalSchema: "organisations",
                        principalTable: "award_applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_awards_award_calls_call_id",
                        column: x => x.call_id,
                        principalSchema: "organisations",
                        principalTable: "award_calls",
                        principalColumn: "call_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_application_files_application_id_kind",
                schema: "organisations",
                table: "application_files",
                columns: new[] { "application_id", "kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_award_applications_call_id_applicant_user_id",
                schema: "organisations",
                table: "award_applications",
                columns: new[] { "call_id", "applicant_user_id" });

            migrationBuilder.CreateIndex(
                name: "ix_award_applications_letter_token_hash",
                schema: "organisations",
                table: "award_applications",
                column: "letter_token_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_award_applications_submission_id",
                schema: "organisations",
                table: "award_applications",
                column: "submission_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_award_calls_organisation_id",
                schema: "organisations",
                table: "award_calls",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_awards_application_id",
                schema: "organisations",
                table: "awards",
                column: "application_id");

            migrationBuilder.CreateIndex(
                name: "ix_awards_call_id_applicant_email",
                schema: "organisations",
                table: "awards",
                columns: new[] { "call_id", "applicant_email" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_awards_call_id_applicant_user_id",
                schema: "organisations",
                table: "awards",
                columns: new[] { "call_id", "applicant_user_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_external_events_organisation_id_starts_on",
                schema: "organisations",
                table: "external_events",
                columns: new[] { "organisation_id", "starts_on" });

            migrationBuilder.CreateIndex(
                name: "ix_news_items_organisation_id_published_on",
                schema: "organisations",
                table: "news_items",
                columns: new[] { "organisation_id", "published_on" });

            migrationBuilder.CreateIndex(
                name: "ix_organisation_events_event_id",
                schema: "organisations",
                table: "organisation_events",
                column: "event_id");

            migrationBuilder.CreateIndex(
                name: "ix_organisation_managers_user_id",
                schema: "organisations",
                table: "organisation_managers",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_organisations_slug",
                schema: "organisations",
                table: "organisations",
                column: "slug",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "application_files",
                schema: "organisations");

            migrationBuilder.DropTable(
                name: "awards",
                schema: "organisations");

            migrationBuilder.DropTable(
                name: "external_events",
                schema: "organisations");

            migrationBuilder.DropTable(
                name: "news_items",
                schema: "organisations");

            migrationBuilder.DropTable(
                name: "organisation_events",
                schema: "organisations");

            migrationBuilder.DropTable(
                name: "organisation_figures",
                schema: "organisations");

            migrationBuilder.DropTable(
                name: "organisation_managers",
                schema: "organisations");

            migrationBuilder.DropTable(
                name: "award_applications",
                schema: "organisations");

            migrationBuilder.DropTable(
                name: "award_calls",
                schema: "organisations");

            migrationBuilder.DropTable(
                name: "organisations",
                schema: "organisations");
        }
    }
}
