namespace DeepMath.Web.Infrastructure.Web;

/// <summary>"1 error", "3 errors": counts in words as a person writes them.</summary>
public static class Counted
{
    public static string Of(int count, string singular, string? plural = null) =>
        $"{count} {(count == 1 ? singular : plural ?? singular + "s")}";
}
