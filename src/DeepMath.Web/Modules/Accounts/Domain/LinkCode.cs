using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace DeepMath.Web.Modules.Accounts.Domain;

/// <summary>An Identity token as it travels in an e-mailed link: UTF-8, base64url, so it survives a URL unchanged.</summary>
public static class LinkCode
{
    public static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    /// <summary>The token, or "" for a code that is not base64url (a mangled link), which Identity then refuses.</summary>
    public static string Decode(string code)
    {
        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return string.Empty;
        }
    }
}
