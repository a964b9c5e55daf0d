using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Submissions.Domain;
using DeepMath.Web.Modules.Submissions.Storage;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Submissions.Data;

/// <summary>The Submissions module's tables, and only those; other modules read them through Submissions' Contracts.</summary>
public interface ISubmissionsData : IModuleData
{
    DbSet<Submission> Submissions { get; }

    DbSet<SubmissionCounter> SubmissionCounters { get; }

    DbSet<SubmissionPdf> SubmissionPdfs { get; }

    DbSet<PdfBlob> PdfBlobs { get; }

    DbSet<SubmissionFinalVersion> SubmissionFinalVersions { get; }

    DbSet<PendingUpload> PendingUploads { get; }

    DbSet<PdfArchive> PdfArchives { get; }
}
