using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DeepMath.Web.Infrastructure.Database.Migrations
{
    /// <inheritdoc />
    public partial class OutboxDeliveryLeases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "LeaseOwner",
                schema: "infra",
                table: "outbox_messages",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LeaseUntil",
                schema: "infra",
                table: "outbox_messages",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "SendingSince",
                schema: "infra",
                table: "outbox_messages",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_State_CreatedAt",
                schema: "infra",
                table: "outbox_messages",
                columns: new[] { "State", "CreatedAt" });

            migrationBuilder.Sql(DeepMath.Web.Infrastructure.Email.Delivery.OutboxNotifyTrigger.Create);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(DeepMath.Web.Infrastructure.Email.Delivery.OutboxNotifyTrigger.Drop);

            migrationBuilder.DropIndex(
                name: "IX_outbox_messages_State_CreatedAt",
                schema: "infra",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "LeaseOwner",
                schema: "infra",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "LeaseUntil",
                schema: "infra",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "SendingSince",
                schema: "infra",
                table: "outbox_messages");
        }
    }
}
