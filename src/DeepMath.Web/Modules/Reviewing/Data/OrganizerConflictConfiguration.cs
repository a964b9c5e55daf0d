using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Reviewing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeepMath.Web.Modules.Reviewing.Data;

internal sealed class OrganizerConflictConfiguration : IEntityTypeConfiguration<OrganizerConflict>
{
    public void Configure(EntityTypeBuilder<OrganizerConflict> builder)
    {
        builder.ToTable("organizer_conflicts", Schemas.Reviewing);
        builder.HasKey(c => new { c.ReviewerId, c.SubmissionId });
        builder.HasIndex(c => c.SubmissionId);
        builder.HasOne<Reviewer>().WithMany().HasForeignKey(c => c.ReviewerId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(c => c.Reason).HasMaxLength(OrganizerConflict.ReasonMaxLength);
        builder.Property(c => c.AddedBy).HasMaxLength(450);
    }
}
