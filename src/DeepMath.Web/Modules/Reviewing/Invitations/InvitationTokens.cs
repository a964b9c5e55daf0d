using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace DeepMath.Web.Modules.Reviewing.Invitations;

/// <summary>
/// The token in an invitation link: the invitation's id, encrypted and authenticated with the
/// application's data-protection keys (kept in the database, so every instance reads every link).
/// A changed character makes it unreadable, and nobody can make one for another invitation.
/// </summary>
public sealed class InvitationTokens(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("DeepMath.Reviewing.ReviewerInvitation.v1");

    public string Create(Guid invitationId) => WebEncoders.Base64UrlEncode(_protector.Protect(invitationId.ToByteArray()));

    /// <returns>The invitation id, or null when the token was not made by us for an invitation.</returns>
    public Guid? Read(string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 1000)
        {
            return null;
        }
        try
        {
            var bytes = _protector.Unprotect(WebEncoders.Base64UrlDecode(token));
            return bytes.Length == 16 ? new Guid(bytes) : null;
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            return null;
        }
    }
}
