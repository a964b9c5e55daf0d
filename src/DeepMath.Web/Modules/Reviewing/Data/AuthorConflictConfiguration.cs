using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Reviewing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeepMath.Web.Modules.Reviewing.Data;

internal sealed class AuthorConflictConfiguration : IEntityTypeConfiguration<AuthorConflict>
{
    public void Configure(EntityTypeBuilder<AuthorConflict> builder)
    {
        builder.ToTable("author_conflicts", Schemas.Reviewing);
        builder.HasKey(c => new { c.SubmissionId, c.ReviewerId });
        builder.HasIndex(c => c.ReviewerId);
        builder.HasOne<Reviewer>().WithMany().HasForeignKey(c => c.ReviewerId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(c => c.DeclaredBy).HasMaxLength(450);
        builder.Property(c => c.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.DecidedBy).HasMaxLength(450);
    }
}
