using System.Buffers;
using System.IO.Compression;
using System.Runtime.InteropServices;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace DeepMath.AbstractFormat.Reading;

/// <summary>
/// Wraps a PdfPig filter. Flate data is first inflated into a small scratch buffer and only counted,
/// so a stream that would inflate to gigabytes is refused before PdfPig allocates for it.
/// </summary>
internal sealed class BudgetedFilter(IFilter inner, DecodeBudget budget) : IFilter
{
    private const int ScratchSize = 64 * 1024;

    public bool IsSupported => inner.IsSupported;

    public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
    {
        budget.CheckTime();
        if (inner is FlateFilter)
        {
            var counted = SpendInflatedLength(input);
            var inflated = inner.Decode(input, streamDictionary, filterProvider, filterIndex);
            budget.Spend(Math.Max(0, inflated.Length - counted));
            return inflated;
        }

        var output = inner.Decode(input, streamDictionary, filterProvider, filterIndex);
        budget.Spend(output.Length);
        return output;
    }

    private long SpendInflatedLength(Memory<byte> input)
    {
        var scratch = ArrayPool<byte>.Shared.Rent(ScratchSize);
        try
        {
            using var source = MemoryMarshal.TryGetArray<byte>(input, out var segment) && segment.Array is not null
                ? new MemoryStream(segment.Array, segment.Offset, segment.Count, writable: false)
                : new MemoryStream(input.ToArray(), writable: false);
            using var inflater = new ZLibStream(source, CompressionMode.Decompress);
            long total = 0;
            int read;
            while ((read = ReadOrStop(inflater, scratch)) > 0)
            {
                total += read;
                budget.Spend(read);
            }

            return total;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(scratch);
        }
    }

    // Broken or raw deflate data is left to PdfPig's own filter; what it returns is still counted.
    private static int ReadOrStop(Stream inflater, byte[] scratch)
    {
        try
        {
            return inflater.Read(scratch, 0, scratch.Length);
        }
        catch (InvalidDataException)
        {
            return 0;
        }
    }
}
