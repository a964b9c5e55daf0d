using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Registration.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeepMath.Web.Modules.Registration.Data;

internal sealed class PaymentLogEntryConfiguration : IEntityTypeConfiguration<PaymentLogEntry>
{
    public void Configure(EntityTypeBuilder<PaymentLogEntry> builder)
    {
        builder.ToTable("payment_log", Schemas.Registration);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Change).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Reference).HasMaxLength(200);
        builder.Property(e => e.ByUserId).HasMaxLength(450);
        builder.Property(e => e.ByName).HasMaxLength(200);
        builder.HasOne<EventRegistration>().WithMany().HasForeignKey(e => e.RegistrationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => e.RegistrationId);
    }
}
