namespace DeepMath.Web.Infrastructure.Web;

/// <summary>
/// The answer to a throttled request: status 429, a Retry-After header and a page that says when to
/// try again. The wait travels in the request's items to the error page that status-code pages re-execute.
/// </summary>
public static class TooManyAttempts
{
    private const string RetryAfterKey = "deepmath:retry-after";

    public static void Refuse(HttpContext context, TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Items[RetryAfterKey] = TimeSpan.FromSeconds(seconds);
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public static string Message(HttpContext context)
    {
        var wait = context.Items[RetryAfterKey] as TimeSpan? ?? TimeSpan.FromMinutes(15);
        var minutes = Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes));
        context.Response.Headers.RetryAfter = ((int)wait.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return $"Too many attempts in a short time — try again in {Counted.Of(minutes, "minute")}. "
            + "This protects accounts from password guessing. If you have forgotten your password, wait and then use \"Forgot your password?\".";
    }
}
