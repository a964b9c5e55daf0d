using DeepMath.Web.Modules.Submissions.Data;
using DeepMath.Web.Modules.Submissions.Storage;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Submissions.PdfArchives;

/// <summary>The bytes of a call's finished ZIP, or null (not this call's, not built yet, or gone).</summary>
public sealed class PdfArchiveQuery(ISubmissionsData db, IPdfStore store)
{
    public async Task<byte[]?> BytesAsync(Guid callId, Guid archiveId, CancellationToken cancellationToken)
    {
        var key = await db.PdfArchives.AsNoTracking().Where(a => a.Id == archiveId && a.CallId == callId).Select(a => a.StorageKey).SingleOrDefaultAsync(cancellationToken);
        return key is null ? null : await store.GetAsync(key, cancellationToken);
    }
}
