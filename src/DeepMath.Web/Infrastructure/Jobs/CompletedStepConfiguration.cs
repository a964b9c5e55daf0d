using DeepMath.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeepMath.Web.Infrastructure.Jobs;

internal sealed class CompletedStepConfiguration : IEntityTypeConfiguration<CompletedStep>
{
    public void Configure(EntityTypeBuilder<CompletedStep> builder)
    {
        builder.ToTable("completed_steps", Schemas.Infrastructure);
        builder.HasKey(s => s.Key);
        builder.Property(s => s.Key).HasMaxLength(300);
        builder.Property(s => s.Outcome).HasMaxLength(500);
    }
}
