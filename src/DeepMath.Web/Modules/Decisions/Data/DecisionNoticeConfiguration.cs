using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Decisions.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeepMath.Web.Modules.Decisions.Data;

internal sealed class DecisionNoticeConfiguration : IEntityTypeConfiguration<DecisionNotice>
{
    public void Configure(EntityTypeBuilder<DecisionNotice> builder)
    {
        builder.ToTable("decision_notices", Schemas.Decisions);
        builder.HasKey(n => n.Id);
        builder.HasIndex(n => n.OutboxKey).IsUnique();
        builder.HasIndex(n => new { n.CallId, n.SubmissionId });
        builder.Property(n => n.OutboxKey).HasMaxLength(400);
        builder.Property(n => n.OutcomeKey).HasMaxLength(CustomOutcome.KeyMaxLength);
        builder.Property(n => n.Email).HasMaxLength(256);
        builder.Property(n => n.Name).HasMaxLength(200);
        builder.Property(n => n.LatestOutboxKey).HasMaxLength(420);
    }
}
