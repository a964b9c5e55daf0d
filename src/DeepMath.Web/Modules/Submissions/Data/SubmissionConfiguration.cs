using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Submissions.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeepMath.Web.Modules.Submissions.Data;

internal sealed class SubmissionConfiguration : IEntityTypeConfiguration<Submission>
{
    /// <summary>The name of the index that keeps one non-withdrawn abstract per presenting author per call.</summary>
    public const string OnePerPresenterIndex = "ix_submissions_one_per_presenter";

    public void Configure(EntityTypeBuilder<Submission> builder)
    {
        builder.ToTable("submissions", Schemas.Submissions);
        builder.HasKey(s => s.Id);
        builder.HasIndex(s => new { s.CallId, s.Number }).IsUnique();
        builder.HasIndex(s => s.OwnerId);
        // The handler checks first to name the existing abstract; this index settles two accounts racing.
        builder.HasIndex(s => new { s.CallId, s.PresenterEmail }).IsUnique()
            .HasFilter("presenter_email IS NOT NULL AND state <> 'Withdrawn'")
            .HasDatabaseName(OnePerPresenterIndex);
        builder.Property(s => s.Title).HasMaxLength(Submission.TitleMaxLength);
        builder.Property(s => s.Abstract).HasMaxLength(Submission.AbstractMaxLength);
        builder.Property(s => s.PresenterEmail).HasMaxLength(SubmissionAuthor.EmailMaxLength);
        builder.Property(s => s.AuthorsFingerprint).HasMaxLength(64);
        builder.Property(s => s.Topics).HasColumnType("text[]");
        builder.Property(s => s.Disciplines).HasColumnType("text[]");
        builder.Property(s => s.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.ExceptionRequest).HasMaxLength(Submission.ExceptionRequestMaxLength);
        builder.Property(s => s.ExceptionState).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.ExceptionDecidedBy).HasMaxLength(450);
        builder.OwnsMany(s => s.Authors, authors =>
        {
            authors.ToTable("submission_authors", Schemas.Submissions);
            authors.WithOwner().HasForeignKey("SubmissionId");
            authors.Property<int>("Id");
            authors.HasKey("Id");
            authors.Property(a => a.Name).HasMaxLength(SubmissionAuthor.NameMaxLength);
            authors.Property(a => a.Email).HasMaxLength(SubmissionAuthor.EmailMaxLength);
            authors.Property(a => a.Affiliation).HasMaxLength(SubmissionAuthor.AffiliationMaxLength);
            authors.Property(a => a.Country).HasMaxLength(SubmissionAuthor.CountryMaxLength);
        });
        builder.Navigation(s => s.Authors).AutoInclude();
    }
}
