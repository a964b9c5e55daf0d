using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DeepMath.Web.Infrastructure.Database.Migrations
{
    /// <inheritdoc />
    public partial class FbSessionNotify : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // By hand: what the model cannot say. A change of an account's stamp or confirmation, however it is made,
            // tells every instance's session cache at its commit.
            migrationBuilder.Sql(DeepMath.Web.Modules.Accounts.Sessions.SessionNotifyTrigger.Create);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(DeepMath.Web.Modules.Accounts.Sessions.SessionNotifyTrigger.Drop);
        }
    }
}
