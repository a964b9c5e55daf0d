using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Events.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeepMath.Web.Modules.Events.Data;

internal sealed class CallTemplateFileConfiguration : IEntityTypeConfiguration<CallTemplateFile>
{
    public void Configure(EntityTypeBuilder<CallTemplateFile> builder)
    {
        builder.ToTable("call_templates", Schemas.Events);
        builder.HasKey(t => t.CallId);
        builder.HasOne<Call>().WithOne().HasForeignKey<CallTemplateFile>(t => t.CallId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(t => t.FileName).HasMaxLength(CallTemplateFile.FileNameMaxLength);
        builder.Property(t => t.ContentType).HasMaxLength(100);
    }
}
