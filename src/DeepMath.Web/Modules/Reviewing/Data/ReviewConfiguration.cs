using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Reviewing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeepMath.Web.Modules.Reviewing.Data;

internal sealed class ReviewConfiguration : IEntityTypeConfiguration<Review>
{
    public const string ScoresIndex = "ix_reviews_submitted_scores";

    public void Configure(EntityTypeBuilder<Review> builder)
    {
        builder.ToTable("reviews", Schemas.Reviewing);
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => new { r.SubmissionId, r.ReviewerId }).IsUnique();
        builder.HasIndex(r => r.CallId);
        builder.HasIndex(r => r.ReviewerId);
        // The decision table's score aggregate reads only these columns of a call's submitted reviews: with them
        // in a partial index it scans the index alone, not the rows with their review texts.
        builder.HasIndex(r => new { r.CallId, r.SubmissionId, r.ReviewerId })
            .HasDatabaseName(ScoresIndex)
            .IncludeProperties(r => new { r.Overall, r.Confidence })
            .HasFilter("submitted_at IS NOT NULL AND overall IS NOT NULL");
        builder.HasOne<Reviewer>().WithMany().HasForeignKey(r => r.ReviewerId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.Scores)
            .HasConversion(JsonColumn.Converter(() => new Dictionary<string, int>()), JsonColumn.Comparer<Dictionary<string, int>>())
            .HasColumnType("jsonb");
        builder.Property(r => r.CommentsToAuthors).HasMaxLength(Review.CommentsMaxLength);
        builder.Property(r => r.ConfidentialComments).HasMaxLength(Review.CommentsMaxLength);
        builder.Ignore(r => r.IsSubmitted);
    }
}
