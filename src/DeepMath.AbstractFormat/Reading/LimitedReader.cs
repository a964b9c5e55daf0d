namespace DeepMath.AbstractFormat.Reading;

/// <summary>Reads a whole upload into memory, but never more than the size limit allows.</summary>
internal static class LimitedReader
{
    private const int ChunkSize = 81920;

    /// <summary>Returns the bytes, or null when the stream holds more than <paramref name="maxBytes"/>.</summary>
    public static byte[]? Read(Stream stream, long maxBytes, CancellationToken cancellationToken)
    {
        if (IsKnownTooLong(stream, maxBytes))
        {
            return null;
        }

        using var buffer = NewBuffer(stream);
        var chunk = new byte[ChunkSize];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>As <see cref="Read"/>, for streams that must not be read synchronously (request bodies).</summary>
    public static async Task<byte[]?> ReadAsync(Stream stream, long maxBytes, CancellationToken cancellationToken)
    {
        if (IsKnownTooLong(stream, maxBytes))
        {
            return null;
        }

        using var buffer = NewBuffer(stream);
        var chunk = new byte[ChunkSize];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static bool IsKnownTooLong(Stream stream, long maxBytes) =>
        stream.CanSeek && stream.Length - stream.Position > maxBytes;

    // A seekable stream announces its size (already known to be within the limit); capped for odd limits.
    private static MemoryStream NewBuffer(Stream stream) =>
        new(stream.CanSeek ? (int)Math.Min(stream.Length - stream.Position, 64 * 1024 * 1024) : ChunkSize);
}
