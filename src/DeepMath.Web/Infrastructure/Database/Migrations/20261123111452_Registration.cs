using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DeepMath.Web.Infrastructure.Database.Migrations
{
    /// <inheritdoc />
    public partial class Registration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "registration");

            migrationBuilder.CreateTable(
                name: "outbox_attachments",
                schema: "infra",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OutboxMessageId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_attachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_outbox_attachments_outbox_messages_OutboxMessageId",
                        column: x => x.OutboxMessageId,
                        principalSchema: "infra",
                        principalTable: "outbox_messages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "registration_settings",
                schema: "registration",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Capacity = table.Column<int>(type: "integer", nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    LastWaitNumber = table.Column<long>(type: "bigint", nullable: false),
                    TicketKey = table.Column<byte[]>(type: "bytea", nullable: false),
                    LetterNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registration_settings", x => x.EventId);
                    table.CheckConstraint("ck_registration_settings_capacity", "\"Capacity\" >= 0");
                });

            migrationBuilder.CreateTable(
                name: "registration_codes",
                schema: "registration",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DiscountPercent = table.Column<int>(type: "integer", nullable: false),
                    MaxUses = table.Column<int>(type: "integer", nullable: false),
                    Uses = table.Column<int>(type: "integer", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "date", nullable: true),
                    InvitedEmail = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registration_codes", x => x.Id);
                    table.CheckConstraint("ck_registration_codes_discount", "\"DiscountPercent\" BETWEEN 0 AND 100");
                    table.CheckConstraint("ck_registration_codes_uses", "\"Uses\" <= \"MaxUses\"");
                    table.ForeignKey(
                        name: "FK_registration_codes_registration_settings_EventId",
                        column: x => x.EventId,
                        principalSchema: "registration",
                        principalTable: "registration_settings",
                        principalColumn: "EventId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ticket_types",
                schema: "registration",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Fee = table.Column<decimal>(type: "numeric(10,2)", precision: 10, scale: 2, nullable: false),
                    Cap = table.Column<int>(type: "integer", nullable: true),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    IsOffered = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ticket_types", x => x.Id);
                    table.CheckConstraint("ck_ticket_types_fee", "\"Fee\" >= 0");
                    table.ForeignKey(
                        name: "FK_ticket_types_registration_settings_EventId",
                        column: x => x.EventId,
                        principalSchema: "registration",
                        principalTable: "registration_settings",
                        principalColumn: "EventId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "registrations",
                schema: "registration",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    TicketTypeId = table.Column<Guid>(type: "uuid", nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    WaitNumber = table.Column<long>(type: "bigint", nullable: true),
                    BadgeName = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Affiliation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Country = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    CareerStage = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Dietary = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Accessibility = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ListConsent = table.Column<bool>(type: "boolean", nullable: false),
                    Fee = table.Column<decimal>(type: "numeric(10,2)", precision: 10, scale: 2, nullable: false),
                    Payment = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PaidAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PaymentReference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CodeId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ConfirmedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CancelledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CheckedInAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CheckedInBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registrations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_registrations_registration_codes_CodeId",
                        column: x => x.CodeId,
                        principalSchema: "registration",
                        principalTable: "registration_codes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_registrations_registration_settings_EventId",
                        column: x => x.EventId,
                        principalSchema: "registration",
                        principalTable: "registration_settings",
                        principalColumn: "EventId",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_registrations_ticket_types_TicketTypeId",
                        column: x => x.TicketTypeId,
                        principalSchema: "registration",
                        principalTable: "ticket_types",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_attachments_OutboxMessageId",
                schema: "infra",
                table: "outbox_attachments",
                column: "OutboxMessageId");

            migrationBuilder.CreateIndex(
                name: "IX_registration_codes_EventId_Code",
                schema: "registration",
                table: "registration_codes",
                columns: new[] { "EventId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_registrations_CodeId",
                schema: "registration",
                table: "registrations",
                column: "CodeId");

            migrationBuilder.CreateIndex(
                name: "IX_registrations_EventId_State_TicketTypeId",
                schema: "registration",
                table: "registrations",
                columns: new[] { "EventId", "State", "TicketTypeId" });

            migrationBuilder.CreateIndex(
                name: "IX_registrations_EventId_WaitNumber",
                schema: "registration",
                table: "registrations",
                columns: new[] { "EventId", "WaitNumber" });

            migrationBuilder.CreateIndex(
                name: "ix_registrations_one_per_account",
                schema: "registration",
                table: "registrations",
                columns: new[] { "EventId", "UserId" },
                unique: true,
                filter: "\"State\" <> 'Cancelled'");

            migrationBuilder.CreateIndex(
                name: "IX_registrations_TicketTypeId",
                schema: "registration",
                table: "registrations",
                column: "TicketTypeId");

            migrationBuilder.CreateIndex(
                name: "IX_ticket_types_EventId_Name",
                schema: "registration",
                table: "ticket_types",
                columns: new[] { "EventId", "Name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "outbox_attachments",
                schema: "infra");

            migrationBuilder.DropTable(
                name: "registrations",
                schema: "registration");

            migrationBuilder.DropTable(
                name: "registration_codes",
                schema: "registration");

            migrationBuilder.DropTable(
                name: "ticket_types",
                schema: "registration");

            migrationBuilder.DropTable(
                name: "registration_settings",
                schema: "registration");
        }
    }
}
