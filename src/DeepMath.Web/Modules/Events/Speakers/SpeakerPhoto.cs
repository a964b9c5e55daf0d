namespace DeepMath.Web.Modules.Events.Speakers;

/// <summary>Recognises an uploaded photo by its first bytes, not by its name or the browser's word: PNG or JPEG only.</summary>
public static class SpeakerPhoto
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];

    /// <returns>"image/png", "image/jpeg", or null for anything else.</returns>
    public static string? ContentTypeOf(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith(Png) ? "image/png" : bytes.StartsWith(Jpeg) ? "image/jpeg" : null;
}
