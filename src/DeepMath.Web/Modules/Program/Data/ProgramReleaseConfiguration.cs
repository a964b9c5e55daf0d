using System.Text.Json;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Program.Contracts;
using DeepMath.Web.Modules.Program.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeepMath.Web.Modules.Program.Data;

internal sealed class ProgramReleaseConfiguration : IEntityTypeConfiguration<ProgramRelease>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<ProgramRelease> builder)
    {
        builder.ToTable("releases", Schemas.Program);
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => new { r.EventId, r.Version }).IsUnique();
        builder.Property(r => r.Name).HasMaxLength(ProgramRelease.NameMaxLength);
        builder.Property(r => r.Comment).HasMaxLength(ProgramRelease.CommentMaxLength);
        builder.Property(r => r.ReleasedBy).HasMaxLength(450);
        // A release never changes once written, so the snapshot is one jsonb value rather than a table per part.
        builder.Property(r => r.Snapshot)
            .HasColumnType("jsonb")
            .HasConversion(
                s => JsonSerializer.Serialize(s, Json),
                s => JsonSerializer.Deserialize<ProgramSnapshot>(s, Json)!);
    }
}
