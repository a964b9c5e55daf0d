using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Reviewing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeepMath.Web.Modules.Reviewing.Data;

internal sealed class BidConfiguration : IEntityTypeConfiguration<Bid>
{
    public void Configure(EntityTypeBuilder<Bid> builder)
    {
        builder.ToTable("bids", Schemas.Reviewing);
        builder.HasKey(b => new { b.ReviewerId, b.SubmissionId });
        builder.HasOne<Reviewer>().WithMany().HasForeignKey(b => b.ReviewerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(b => b.SubmissionId);
        builder.Property(b => b.Value).HasConversion<int>();
    }
}
