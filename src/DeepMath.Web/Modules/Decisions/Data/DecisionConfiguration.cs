using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Decisions.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeepMath.Web.Modules.Decisions.Data;

internal sealed class DecisionConfiguration : IEntityTypeConfiguration<Decision>
{
    public void Configure(EntityTypeBuilder<Decision> builder)
    {
        builder.ToTable("decisions", Schemas.Decisions);
        builder.HasKey(d => d.Id);
        builder.HasIndex(d => d.SubmissionId).IsUnique();
        builder.HasIndex(d => new { d.CallId, d.OutcomeKey });
        builder.Property(d => d.OutcomeKey).HasMaxLength(CustomOutcome.KeyMaxLength);
        builder.Property(d => d.SentOutcomeKey).HasMaxLength(CustomOutcome.KeyMaxLength);
        builder.Property(d => d.DecidedBy).HasMaxLength(450);
        builder.Property(d => d.Revision).IsConcurrencyToken();
        builder.Ignore(d => d.IsSent);
        builder.Ignore(d => d.AwaitsSending);
    }
}
