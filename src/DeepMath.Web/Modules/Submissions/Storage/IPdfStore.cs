namespace DeepMath.Web.Modules.Submissions.Storage;

/// <summary>
/// Where PDF bytes live, addressed by their SHA-256. The PostgreSQL store writes inside the caller's
/// transaction; an object store would write first and leave unreferenced objects to a sweep, never the reverse.
/// </summary>
public interface IPdfStore
{
    /// <summary>Stores <paramref name="content"/> (once per hash) and returns the key to read it back with.</summary>
    Task<string> PutAsync(byte[] content, string sha256, CancellationToken cancellationToken = default);

    /// <summary>The bytes under <paramref name="key"/>, or null when there are none.</summary>
    Task<byte[]?> GetAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes the bytes under <paramref name="key"/>, if any. The caller makes sure no row points to them any more and holds
    /// the object's <see cref="PdfObjectLock"/>, so that no upload of the same bytes is in flight.
    /// </summary>
    Task DeleteAsync(string key, CancellationToken cancellationToken = default);
}
