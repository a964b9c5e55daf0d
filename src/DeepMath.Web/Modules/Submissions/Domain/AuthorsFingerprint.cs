using System.Security.Cryptography;
using System.Text;

namespace DeepMath.Web.Modules.Submissions.Domain;

/// <summary>
/// What the anonymity check of a PDF depends on in the author list (names, e-mails, affiliations), as one
/// hash: a PDF's report checked against another fingerprint than the submission's is out of date.
/// </summary>
public static class AuthorsFingerprint
{
    public static string Of(IEnumerable<SubmissionAuthor> authors)
    {
        // Order and case do not change what the checker looks for, so they do not change the fingerprint.
        var lines = authors
            .Select(a => string.Join('\u001f', Clean(a.Name), Clean(a.Email), Clean(a.Affiliation)))
            .Order(StringComparer.Ordinal);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001e', lines))));
    }

    private static string Clean(string? value) => (value ?? string.Empty).Trim().ToLowerInvariant();
}
