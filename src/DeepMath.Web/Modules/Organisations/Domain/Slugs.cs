using System.Text;

namespace DeepMath.Web.Modules.Organisations.Domain;

public static class Slugs
{
    /// <summary>"Best Thesis Award" as "best-thesis-award": letters and digits, single hyphens.</summary>
    public static string Of(string text)
    {
        var slug = new StringBuilder();
        foreach (var c in text.Trim().ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }
        return slug.ToString().Trim('-') is { Length: > 0 } s ? s[..Math.Min(s.Length, 40)].Trim('-') : "award";
    }
}
