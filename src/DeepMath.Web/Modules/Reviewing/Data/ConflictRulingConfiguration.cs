using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Reviewing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeepMath.Web.Modules.Reviewing.Data;

internal sealed class ConflictRulingConfiguration : IEntityTypeConfiguration<ConflictRuling>
{
    public void Configure(EntityTypeBuilder<ConflictRuling> builder)
    {
        builder.ToTable("conflict_rulings", Schemas.Reviewing);
        builder.HasKey(r => r.Id);
        builder.HasOne<Reviewer>().WithMany().HasForeignKey(r => r.ReviewerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.ReviewerId, r.SubmissionId, r.Kind }).IsUnique();
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.Verdict).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.DecidedBy).HasMaxLength(450);
    }
}
