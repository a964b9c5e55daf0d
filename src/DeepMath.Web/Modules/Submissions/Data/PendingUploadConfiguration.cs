using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Submissions.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeepMath.Web.Modules.Submissions.Data;

internal sealed class PendingUploadConfiguration : IEntityTypeConfiguration<PendingUpload>
{
    public void Configure(EntityTypeBuilder<PendingUpload> builder)
    {
        builder.ToTable("pending_uploads", Schemas.Submissions);
        builder.HasKey(p => p.Id);
        builder.HasIndex(p => p.OwnerId);
        builder.HasIndex(p => p.StorageKey);
        builder.Property(p => p.OwnerId).HasMaxLength(450);
        builder.Property(p => p.FileName).HasMaxLength(PendingUpload.FileNameMaxLength);
        builder.Property(p => p.Sha256).HasMaxLength(64);
        builder.Property(p => p.StorageKey).HasMaxLength(200);
    }
}
