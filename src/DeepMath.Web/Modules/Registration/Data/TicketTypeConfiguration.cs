using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Registration.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeepMath.Web.Modules.Registration.Data;

internal sealed class TicketTypeConfiguration : IEntityTypeConfiguration<TicketType>
{
    public void Configure(EntityTypeBuilder<TicketType> builder)
    {
        builder.ToTable("ticket_types", Schemas.Registration, t => t.HasCheckConstraint("ck_ticket_types_fee", "fee >= 0"));
        builder.HasKey(t => t.Id);
        builder.HasIndex(t => new { t.EventId, t.Name }).IsUnique();
        builder.Property(t => t.Name).HasMaxLength(TicketType.NameMaxLength);
        builder.Property(t => t.Fee).HasPrecision(10, 2);
        builder.HasOne<RegistrationSettings>().WithMany().HasForeignKey(t => t.EventId);
    }
}
