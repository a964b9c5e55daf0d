using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Submissions.Checking;
using DeepMath.Web.Modules.Submissions.Data;
using DeepMath.Web.Modules.Submissions.Domain;
using DeepMath.Web.Modules.Submissions.Storage;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Submissions.EditSubmission;

/// <summary>
/// Keeps a chosen PDF across a round trip of the submission form (see <see cref="PendingUpload"/>): stored like a version's
/// bytes, named on the form by <see cref="SubmissionForm.PendingUploadId"/>, and found again only for the account that chose it.
/// </summary>
public sealed class PendingUploads(ISubmissionsData db, IPdfStore store, TimeProvider clock)
{
    /// <summary>Keeps a checked upload the checker did not refuse, and names it on <paramref name="form"/>.</summary>
    public async Task KeepAsync(SubmissionForm form, string ownerId, string fileName, CheckedUpload upload, CancellationToken cancellationToken)
    {
        if (upload is not { Content: { } content, Sha256: { } sha256 })
        {
            return;
        }
        await using var transaction = await SharedTransaction.BeginOrJoinAsync(db, cancellationToken);
        var kept = new PendingUpload
        {
            OwnerId = ownerId, FileName = Path.GetFileName(fileName) is { Length: > 0 } name ? name[..Math.Min(name.Length, PendingUpload.FileNameMaxLength)] : "abstract.pdf",
            Sha256 = sha256, SizeBytes = content.LongLength, StorageKey = await store.PutAsync(content, sha256, cancellationToken), CreatedAt = clock.GetUtcNow(),
        };
        db.PendingUploads.Add(kept);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Show(form, kept);
    }

    /// <summary>The upload <paramref name="form"/> names, if it is this account's; the form's name and hash are set from it (or cleared).</summary>
    public async Task<PendingUpload?> FindAsync(SubmissionForm form, string ownerId, CancellationToken cancellationToken)
    {
        var kept = form.PendingUploadId is { } id
            ? await db.PendingUploads.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id && p.OwnerId == ownerId, cancellationToken)
            : null;
        Show(form, kept);
        return kept;
    }

    public Task<byte[]?> ReadAsync(PendingUpload kept, CancellationToken cancellationToken) => store.GetAsync(kept.StorageKey, cancellationToken);

    private static void Show(SubmissionForm form, PendingUpload? kept)
    {
        form.PendingUploadId = kept?.Id;
        form.PendingFileName = kept?.FileName;
        form.PendingSha256 = kept?.Sha256;
    }
}
