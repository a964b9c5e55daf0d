using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Registration.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeepMath.Web.Modules.Registration.Data;

internal sealed class RegistrationSettingsConfiguration : IEntityTypeConfiguration<RegistrationSettings>
{
    public void Configure(EntityTypeBuilder<RegistrationSettings> builder)
    {
        builder.ToTable("registration_settings", Schemas.Registration, t => t.HasCheckConstraint("ck_registration_settings_capacity", "capacity >= 0"));
        builder.HasKey(s => s.EventId);
        builder.Property(s => s.Currency).HasMaxLength(3).IsFixedLength(false);
        builder.Property(s => s.LetterNote).HasMaxLength(2000);
        builder.Property(s => s.PaymentInstructions).HasMaxLength(2000);
        builder.Property(s => s.LetterSignatory).HasMaxLength(200);
    }
}
