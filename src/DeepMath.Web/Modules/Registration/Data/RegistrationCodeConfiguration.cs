using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Registration.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeepMath.Web.Modules.Registration.Data;

internal sealed class RegistrationCodeConfiguration : IEntityTypeConfiguration<RegistrationCode>
{
    public void Configure(EntityTypeBuilder<RegistrationCode> builder)
    {
        // The check constraint is the last word on use limits: a use past the limit cannot be saved.
        builder.ToTable("registration_codes", Schemas.Registration, t =>
        {
            t.HasCheckConstraint("ck_registration_codes_uses", "uses <= max_uses");
            t.HasCheckConstraint("ck_registration_codes_discount", "discount_percent BETWEEN 0 AND 100");
        });
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => new { c.EventId, c.Code }).IsUnique();
        builder.Property(c => c.Code).HasMaxLength(40);
        builder.Property(c => c.InvitedEmail).HasMaxLength(320);
        builder.HasOne<RegistrationSettings>().WithMany().HasForeignKey(c => c.EventId);
    }
}
