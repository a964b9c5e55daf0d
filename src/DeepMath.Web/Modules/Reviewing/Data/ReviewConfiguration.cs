using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Reviewing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeepMath.Web.Modules.Reviewing.Data;

internal sealed class ReviewConfiguration : IEntityTypeConfiguration<Review>
{
    public void Configure(EntityTypeBuilder<Review> builder)
    {
        builder.ToTable("reviews", Schemas.Reviewing);
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => new { r.SubmissionId, r.ReviewerId }).IsUnique();
        builder.HasIndex(r => r.CallId);
        builder.HasIndex(r => r.ReviewerId);
        builder.HasOne<Reviewer>().WithMany().HasForeignKey(r => r.ReviewerId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.Scores)
            .HasConversion(JsonColumn.Converter(() => new Dictionary<string, int>()), JsonColumn.Comparer<Dictionary<string, int>>())
            .HasColumnType("jsonb");
        builder.Property(r => r.CommentsToAuthors).HasMaxLength(Review.CommentsMaxLength);
        builder.Property(r => r.ConfidentialComments).HasMaxLength(Review.CommentsMaxLength);
        builder.Ignore(r => r.IsSubmitted);
    }
}
