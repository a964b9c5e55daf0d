using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Registration.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeepMath.Web.Modules.Registration.Data;

internal sealed class RegistrationConfiguration : IEntityTypeConfiguration<EventRegistration>
{
    /// <summary>Keeps one live registration per account and event, whatever the requests racing.</summary>
    public const string OnePerAccountIndex = "ix_registrations_one_per_account";

    public void Configure(EntityTypeBuilder<EventRegistration> builder)
    {
        builder.ToTable("registrations", Schemas.Registration);
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => new { r.EventId, r.UserId }).IsUnique()
            .HasFilter("state <> 'Cancelled'")
            .HasDatabaseName(OnePerAccountIndex);
        builder.HasIndex(r => new { r.EventId, r.State, r.TicketTypeId });
        builder.HasIndex(r => new { r.EventId, r.WaitNumber });
        builder.Property(r => r.UserId).HasMaxLength(450);
        builder.Property(r => r.Email).HasMaxLength(320);
        builder.Property(r => r.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Payment).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.CareerStage).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.BadgeName).HasMaxLength(EventRegistration.NameMaxLength);
        builder.Property(r => r.Affiliation).HasMaxLength(EventRegistration.AffiliationMaxLength);
        builder.Property(r => r.Country).HasMaxLength(EventRegistration.CountryMaxLength);
        builder.Property(r => r.Dietary).HasMaxLength(EventRegistration.NeedsMaxLength);
        builder.Property(r => r.Accessibility).HasMaxLength(EventRegistration.NeedsMaxLength);
        builder.Property(r => r.Fee).HasPrecision(10, 2);
        builder.Property(r => r.PaymentReference).HasMaxLength(200);
        builder.Property(r => r.CheckedInBy).HasMaxLength(200);
        builder.Ignore(r => r.Reference);
        builder.HasOne<RegistrationSettings>().WithMany().HasForeignKey(r => r.EventId);
        builder.HasOne<TicketType>().WithMany().HasForeignKey(r => r.TicketTypeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<RegistrationCode>().WithMany().HasForeignKey(r => r.CodeId).OnDelete(DeleteBehavior.Restrict);
    }
}
