using System.Globalization;

namespace DeepMath.Web.Infrastructure.Web;

/// <summary>What a request that is too large to read gets instead of a bare status or a reset connection.</summary>
public static class RequestLimits
{
    public const string TooLargeMessage =
        "What you sent is larger than this page accepts, so none of it was read and nothing was changed. "
        + "Make the file smaller (for a PDF: compress the figures, or export with \"reduce file size\") and send it again.";

    /// <summary>The status for an exception the exception handler caught: a request the server refused to read keeps its 4xx.</summary>
    public static int StatusFor(Exception? exception) => exception switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        _ when IsTooLarge(exception) => StatusCodes.Status413PayloadTooLarge,
        _ => StatusCodes.Status500InternalServerError,
    };

    /// <summary>
    /// True for the ways reading an oversize body fails: Kestrel's request size limit (413) and the form
    /// reader's multipart and value limits (InvalidDataException, possibly wrapped by model binding).
    /// </summary>
    public static bool IsTooLarge(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } || e is InvalidDataException)
            {
                return true;
            }
        }
        return false;
    }

    public static string MiB(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.InvariantCulture) + " MiB";
}
