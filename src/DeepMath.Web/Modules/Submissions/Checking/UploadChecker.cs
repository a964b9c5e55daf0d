using System.Security.Cryptography;
using DeepMath.AbstractFormat;
using DeepMath.Web.Modules.Submissions.Domain;

namespace DeepMath.Web.Modules.Submissions.Checking;

/// <summary>
/// Reads an upload once, under the size limit, and checks it against the call's rules and the listed authors.
/// Checks run at most one per core at a time: in a deadline surge the others wait their turn instead of all
/// sharing the CPU. (A check's time budget is the processor time it uses, so waiting never refuses an upload.)
/// </summary>
public sealed class UploadChecker(FormatChecker checker) : IDisposable
{
    private static readonly string[] _refusingCodes = [FindingCodes.PdfInvalid, FindingCodes.PdfTooLarge, FindingCodes.PdfEncrypted];
    private readonly SemaphoreSlim _cores = new(Environment.ProcessorCount, Environment.ProcessorCount);

    public async Task<CheckedUpload> CheckAsync(Stream upload, FormatRules rules, IReadOnlyList<SubmissionAuthor> authors, CancellationToken cancellationToken)
    {
        using var recording = new RecordingStream(upload);
        await _cores.WaitAsync(cancellationToken);
        FormatReport report;
        try
        {
            report = await checker.CheckAsync(recording, rules, Listed(authors), Affiliations(authors), cancellationToken);
        }
        finally
        {
            _cores.Release();
        }
        if (report.Errors.Any(e => _refusingCodes.Contains(e.Code)))
        {
            return new CheckedUpload(report, null, null);
        }
        var bytes = recording.Recorded;
        return new CheckedUpload(report, bytes, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    /// <summary>Checks stored bytes again, for organizers after the rules changed.</summary>
    public FormatReport Recheck(byte[] pdf, FormatRules rules, IReadOnlyList<SubmissionAuthor> authors, CancellationToken cancellationToken) =>
        checker.Check(pdf, rules, Listed(authors), Affiliations(authors), cancellationToken);

    public void Dispose() => _cores.Dispose();

    private static List<ListedAuthor> Listed(IReadOnlyList<SubmissionAuthor> authors) =>
        [.. authors.Where(a => !string.IsNullOrWhiteSpace(a.Name)).Select(a => new ListedAuthor(a.Name, string.IsNullOrWhiteSpace(a.Email) ? null : a.Email))];

    private static List<string> Affiliations(IReadOnlyList<SubmissionAuthor> authors) =>
        [.. authors.Select(a => a.Affiliation).Where(a => !string.IsNullOrWhiteSpace(a)).Distinct()];
}
