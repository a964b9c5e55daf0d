using DeepMath.Web.Modules.Submissions.Data;
using DeepMath.Web.Modules.Submissions.Domain;
using DeepMath.Web.Modules.Submissions.Storage;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Submissions.Contracts;

/// <summary>The Submissions module's public face for files: the PDF that reviewers are to read.</summary>
public sealed class SubmissionFiles(ISubmissionsData db, IPdfStore store)
{
    /// <summary>The bytes of the latest PDF version of an abstract open to review (see <see cref="ReviewHold"/>), or null.</summary>
    public async Task<byte[]?> LatestPdfAsync(Guid submissionId, CancellationToken cancellationToken = default)
    {
        if (!await db.Submissions.Where(s => s.Id == submissionId).OpenToReview(db.SubmissionPdfs).AnyAsync(cancellationToken))
        {
            return null;
        }
        var key = await db.SubmissionPdfs.AsNoTracking()
            .Where(p => p.SubmissionId == submissionId)
            .OrderByDescending(p => p.Version)
            .Select(p => p.StorageKey)
            .FirstOrDefaultAsync(cancellationToken);
        return key is null ? null : await store.GetAsync(key, cancellationToken);
    }
}
