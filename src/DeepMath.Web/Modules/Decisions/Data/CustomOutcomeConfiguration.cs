using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Decisions.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeepMath.Web.Modules.Decisions.Data;

internal sealed class CustomOutcomeConfiguration : IEntityTypeConfiguration<CustomOutcome>
{
    public void Configure(EntityTypeBuilder<CustomOutcome> builder)
    {
        builder.ToTable("custom_outcomes", Schemas.Decisions);
        builder.HasKey(o => new { o.CallId, o.Key });
        builder.Property(o => o.Key).HasMaxLength(CustomOutcome.KeyMaxLength);
        builder.Property(o => o.Label).HasMaxLength(CustomOutcome.LabelMaxLength);
    }
}
