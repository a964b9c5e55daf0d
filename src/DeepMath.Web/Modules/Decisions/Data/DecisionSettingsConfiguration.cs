using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Decisions.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeepMath.Web.Modules.Decisions.Data;

internal sealed class DecisionSettingsConfiguration : IEntityTypeConfiguration<DecisionSettings>
{
    public void Configure(EntityTypeBuilder<DecisionSettings> builder)
    {
        builder.ToTable("decision_settings", Schemas.Decisions);
        builder.HasKey(s => s.CallId);
        builder.Property(s => s.ScheduledBy).HasMaxLength(450);
        builder.Property(s => s.SendRequestedBy).HasMaxLength(450);
    }
}
