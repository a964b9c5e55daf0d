using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Events.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeepMath.Web.Modules.Events.Data;

internal sealed class OrganizerInvitationConfiguration : IEntityTypeConfiguration<OrganizerInvitation>
{
    public void Configure(EntityTypeBuilder<OrganizerInvitation> builder)
    {
        builder.ToTable("organizer_invitations", Schemas.Events);
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Email).HasMaxLength(OrganizerInvitation.EmailMaxLength);
        builder.Property(i => i.TokenHash).HasMaxLength(64);
        builder.Property(i => i.InvitedByUserId).HasMaxLength(450);
        builder.Property(i => i.AcceptedByUserId).HasMaxLength(450);
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.HasIndex(i => i.EventId);
        builder.HasOne<Event>().WithMany().HasForeignKey(i => i.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}
