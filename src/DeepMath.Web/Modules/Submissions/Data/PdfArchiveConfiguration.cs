using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Submissions.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeepMath.Web.Modules.Submissions.Data;

internal sealed class PdfArchiveConfiguration : IEntityTypeConfiguration<PdfArchive>
{
    public void Configure(EntityTypeBuilder<PdfArchive> builder)
    {
        builder.ToTable("pdf_archives", Schemas.Submissions);
        builder.HasKey(a => a.Id);
        builder.HasIndex(a => new { a.CallId, a.RequestedAt });
        builder.Property(a => a.RequestedBy).HasMaxLength(450);
        builder.Property(a => a.Description).HasMaxLength(PdfArchive.FilterMaxLength);
        builder.Property(a => a.StorageKey).HasMaxLength(200);
        builder.Property(a => a.Sha256).HasMaxLength(64).IsFixedLength();
        builder.Property(a => a.Error).HasMaxLength(1000);
    }
}
