using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Submissions.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeepMath.Web.Modules.Submissions.Data;

internal sealed class PdfBlobConfiguration : IEntityTypeConfiguration<PdfBlob>
{
    public void Configure(EntityTypeBuilder<PdfBlob> builder)
    {
        builder.ToTable("pdf_blobs", Schemas.Submissions);
        builder.HasKey(b => b.Sha256);
        builder.Property(b => b.Sha256).HasMaxLength(64).IsFixedLength();
        builder.Property(b => b.Content).HasColumnType("bytea");
    }
}
