using DeepMath.Web.Modules.Submissions.Data;
using DeepMath.Web.Modules.Submissions.Storage;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Submissions.DownloadPdf;

/// <summary>The bytes of one stored PDF version of a submission, wherever they are kept.</summary>
public sealed class StoredPdfQuery(ISubmissionsData db, IPdfStore store)
{
    public async Task<byte[]?> BytesAsync(Guid submissionId, int version, CancellationToken cancellationToken)
    {
        var key = await db.SubmissionPdfs.AsNoTracking()
            .Where(p => p.SubmissionId == submissionId && p.Version == version)
            .Select(p => p.StorageKey)
            .SingleOrDefaultAsync(cancellationToken);
        return key is null ? null : await store.GetAsync(key, cancellationToken);
    }
}
