namespace DeepMath.Web.Modules.Reviewing.Domain;

/// <summary>E-mail domains, and the public ones that say nothing about where a person works.</summary>
public static class MailDomains
{
    private static readonly HashSet<string> _public = new(StringComparer.OrdinalIgnoreCase)
    {
        "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com", "yahoo.com", "ymail.com",
        "aol.com", "icloud.com", "me.com", "mac.com", "qq.com", "163.com", "126.com", "yeah.net", "sina.com",
        "proton.me", "protonmail.com", "pm.me", "gmx.com", "gmx.de", "gmx.net", "web.de", "yandex.ru", "yandex.com",
        "mail.ru", "zoho.com", "fastmail.com", "tutanota.com", "hey.com",
    };

    /// <summary>The lower-cased domain of <paramref name="email"/>, or null when it has none.</summary>
    public static string? Of(string? email)
    {
        var at = email?.LastIndexOf('@') ?? -1;
        return at < 0 || at == email!.Length - 1 ? null : Clean(email[(at + 1)..]);
    }

    public static string Clean(string domain) => domain.Trim().TrimEnd('.').ToLowerInvariant();

    public static bool IsPublic(string domain) => _public.Contains(Clean(domain));

    /// <summary>Same domain, or one under the other (cs.example.edu and example.edu).</summary>
    public static bool Overlap(string a, string b) =>
        a == b || a.EndsWith("." + b, StringComparison.Ordinal) || b.EndsWith("." + a, StringComparison.Ordinal);
}
