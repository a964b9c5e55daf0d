using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Reviewing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeepMath.Web.Modules.Reviewing.Data;

internal sealed class ReviewerInvitationConfiguration : IEntityTypeConfiguration<ReviewerInvitation>
{
    public void Configure(EntityTypeBuilder<ReviewerInvitation> builder)
    {
        builder.ToTable("reviewer_invitations", Schemas.Reviewing);
        builder.HasKey(i => i.Id);
        builder.HasIndex(i => new { i.CallId, i.Email }).IsUnique();
        builder.HasIndex(i => new { i.State, i.LastSentAt });
        builder.Property(i => i.Email).HasMaxLength(ReviewerInvitation.EmailMaxLength);
        builder.Property(i => i.Name).HasMaxLength(ReviewerInvitation.NameMaxLength);
        builder.Property(i => i.State).HasConversion<int>();
        builder.Property(i => i.InvitedBy).HasMaxLength(450);
        builder.Property(i => i.UserId).HasMaxLength(450);
    }
}
