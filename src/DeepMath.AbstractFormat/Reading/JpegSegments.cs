namespace DeepMath.AbstractFormat.Reading;

/// <summary>
/// Reads the marker segments of a JPEG (DCTDecode) stream. Comments (COM) and application segments
/// (APP0-APP15: JFIF, Exif, XMP, Photoshop/IPTC, ICC) can name the photographer or the author; the only
/// one a PDF reader needs to decode the pixels is Adobe's APP14, which says whether CMYK/RGB data was
/// colour-transformed and holds nothing but a version and flags.
/// </summary>
internal static class JpegSegments
{
    private const byte Soi = 0xD8;
    private const byte Eoi = 0xD9;
    private const byte Sos = 0xDA;
    private const byte Com = 0xFE;
    private const byte App0 = 0xE0;
    private const byte App14 = 0xEE;
    private const byte App15 = 0xEF;

    /// <summary>The COM and APPn segments as (what, payload), for looking for names in them.</summary>
    public static IReadOnlyList<(string Kind, byte[] Payload)> TextSegments(ReadOnlySpan<byte> jpeg)
    {
        var found = new List<(string, byte[])>();
        Walk(jpeg, (marker, segment) =>
        {
            if (marker == Com || (marker >= App0 && marker <= App15))
            {
                found.Add((Describe(marker, segment), segment.ToArray()));
            }
        });
        return found;
    }

    /// <summary>
    /// The same image without COM and APPn segments (APP14 Adobe kept) and without anything after the end
    /// marker; frame, tables and the entropy-coded data are copied byte for byte. Bytes this reader cannot
    /// follow end the image there (with an end marker), so nothing it has not understood is passed on.
    /// </summary>
    public static byte[] Strip(ReadOnlySpan<byte> jpeg)
    {
        if (jpeg.Length < 4 || jpeg[0] != 0xFF || jpeg[1] != Soi)
        {
            return [];
        }

        var output = new List<byte>(jpeg.Length) { 0xFF, Soi };
        var position = 2;
        while (position < jpeg.Length)
        {
            // Fill bytes (0xFF) may precede a marker.
            if (jpeg[position] != 0xFF)
            {
                break;
            }

            while (position < jpeg.Length && jpeg[position] == 0xFF)
            {
                position++;
            }

            if (position >= jpeg.Length)
            {
                break;
            }

            var marker = jpeg[position++];
            if (marker == Eoi)
            {
                output.Add(0xFF);
                output.Add(Eoi);
                return [.. output];
            }

            if (position + 2 > jpeg.Length)
            {
                break;
            }

            var length = (jpeg[position] << 8) | jpeg[position + 1];
            if (length < 2 || position + length > jpeg.Length)
            {
                break;
            }

            var segment = jpeg.Slice(position, length);
            var keep = !(marker == Com || (marker >= App0 && marker <= App15)) || IsAdobe(marker, segment[2..]);
            if (keep)
            {
                output.Add(0xFF);
                output.Add(marker);
                output.AddRange(segment);
            }

            position += length;
            if (marker == Sos)
            {
                var end = EndOfEntropyData(jpeg, position);
                output.AddRange(jpeg[position..end]);
                position = end;
            }
        }

        output.Add(0xFF);
        output.Add(Eoi);
        return [.. output];
    }

    private static void Walk(ReadOnlySpan<byte> jpeg, SegmentAction action)
    {
        if (jpeg.Length < 4 || jpeg[0] != 0xFF || jpeg[1] != Soi)
        {
            return;
        }

        var position = 2;
        while (position + 4 <= jpeg.Length && jpeg[position] == 0xFF)
        {
            while (position < jpeg.Length && jpeg[position] == 0xFF)
            {
                position++;
            }

            if (position + 3 > jpeg.Length)
            {
                return;
            }

            var marker = jpeg[position++];
            if (marker == Eoi)
            {
                return;
            }

            var length = (jpeg[position] << 8) | jpeg[position + 1];
            if (length < 2 || position + length > jpeg.Length)
            {
                return;
            }

            action(marker, jpeg.Slice(position + 2, length - 2));
            position += length;
            if (marker == Sos)
            {
                position = EndOfEntropyData(jpeg, position);
            }
        }
    }

    private delegate void SegmentAction(byte marker, ReadOnlySpan<byte> payload);

    // Entropy-coded data runs to the next marker that is neither a stuffed 0xFF00 nor a restart marker.
    private static int EndOfEntropyData(ReadOnlySpan<byte> jpeg, int position)
    {
        for (var i = position; i + 1 < jpeg.Length; i++)
        {
            if (jpeg[i] == 0xFF && jpeg[i + 1] != 0x00 && jpeg[i + 1] != 0xFF && (jpeg[i + 1] < 0xD0 || jpeg[i + 1] > 0xD7))
            {
                return i;
            }
        }

        return jpeg.Length;
    }

    private static bool IsAdobe(byte marker, ReadOnlySpan<byte> payload) =>
        marker == App14 && payload.StartsWith("Adobe"u8) && payload.Length <= 12;

    private static string Describe(byte marker, ReadOnlySpan<byte> payload) => marker switch
    {
        Com => "JPEG comment",
        0xE1 when payload.StartsWith("Exif"u8) => "JPEG Exif data",
        0xE1 => "JPEG XMP metadata",
        0xED => "JPEG Photoshop/IPTC data",
        _ => $"JPEG APP{marker - App0} segment",
    };
}
