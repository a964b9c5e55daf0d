using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Reviewing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeepMath.Web.Modules.Reviewing.Data;

internal sealed class ReviewerConflictConfiguration : IEntityTypeConfiguration<ReviewerConflict>
{
    public void Configure(EntityTypeBuilder<ReviewerConflict> builder)
    {
        builder.ToTable("reviewer_conflicts", Schemas.Reviewing);
        builder.HasKey(c => new { c.ReviewerId, c.SubmissionId });
        builder.HasIndex(c => c.SubmissionId);
        builder.HasOne<Reviewer>().WithMany().HasForeignKey(c => c.ReviewerId).OnDelete(DeleteBehavior.Cascade);
    }
}
