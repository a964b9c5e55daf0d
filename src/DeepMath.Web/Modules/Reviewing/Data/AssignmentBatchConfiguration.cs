using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Reviewing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeepMath.Web.Modules.Reviewing.Data;

internal sealed class AssignmentBatchConfiguration : IEntityTypeConfiguration<AssignmentBatch>
{
    public void Configure(EntityTypeBuilder<AssignmentBatch> builder)
    {
        builder.ToTable("assignment_batches", Schemas.Reviewing);
        builder.HasKey(b => b.Id);
        builder.HasIndex(b => new { b.CallId, b.CreatedAt });
        builder.Property(b => b.Kind).HasConversion<int>();
        builder.Property(b => b.CreatedBy).HasMaxLength(450);
        builder.Property(b => b.Summary).HasMaxLength(AssignmentBatch.SummaryMaxLength);
        builder.Property(b => b.Settings).HasMaxLength(PlanSettings.MaxLength);
    }
}
