using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Reviewing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeepMath.Web.Modules.Reviewing.Data;

internal sealed class ReviewerAssignmentConfiguration : IEntityTypeConfiguration<ReviewerAssignment>
{
    public void Configure(EntityTypeBuilder<ReviewerAssignment> builder)
    {
        builder.ToTable("assignments", Schemas.Reviewing);
        builder.HasKey(a => a.Id);
        builder.HasIndex(a => new { a.SubmissionId, a.ReviewerId }).IsUnique();
        builder.HasIndex(a => a.CallId);
        builder.HasIndex(a => a.ReviewerId);
        builder.HasIndex(a => a.BatchId);
        builder.HasOne<Reviewer>().WithMany().HasForeignKey(a => a.ReviewerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AssignmentBatch>().WithMany().HasForeignKey(a => a.BatchId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.CreatedBy).HasMaxLength(450);
    }
}
