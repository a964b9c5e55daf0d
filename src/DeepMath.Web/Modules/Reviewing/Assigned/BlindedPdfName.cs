using System.Text;
using DeepMath.Web.Modules.Events.Contracts;

namespace DeepMath.Web.Modules.Reviewing.Assigned;

/// <summary>The file name of a reviewer's copy: the event's slug and the number, "deepmath-2025-17.pdf", nothing of the upload's own name.</summary>
public static class BlindedPdfName
{
    public static string For(CallInfo call, int number)
    {
        var slug = new StringBuilder();
        foreach (var c in call.EventSlug.ToLowerInvariant())
        {
            var kept = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') ? c : '-';
            if (kept != '-' || slug.Length == 0 || slug[^1] != '-')
            {
                slug.Append(kept);
            }
        }
        var name = slug.ToString().Trim('-');
        return $"{(name.Length > 0 ? name : "abstract")}-{number}.pdf";
    }
}
