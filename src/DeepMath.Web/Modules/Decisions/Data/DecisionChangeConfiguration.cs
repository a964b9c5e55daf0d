using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Decisions.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeepMath.Web.Modules.Decisions.Data;

internal sealed class DecisionChangeConfiguration : IEntityTypeConfiguration<DecisionChange>
{
    public void Configure(EntityTypeBuilder<DecisionChange> builder)
    {
        builder.ToTable("decision_changes", Schemas.Decisions);
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => new { c.CallId, c.ChangedAt });
        builder.HasIndex(c => c.SubmissionId);
        builder.Property(c => c.FromOutcome).HasMaxLength(CustomOutcome.KeyMaxLength);
        builder.Property(c => c.ToOutcome).HasMaxLength(CustomOutcome.KeyMaxLength);
        builder.Property(c => c.ChangedBy).HasMaxLength(450);
        builder.Property(c => c.Via).HasMaxLength(20);
    }
}
