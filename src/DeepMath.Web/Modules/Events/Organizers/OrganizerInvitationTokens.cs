using System.Security.Cryptography;
using System.Text;

namespace DeepMath.Web.Modules.Events.Organizers;

/// <summary>Only a token's SHA-256 is stored, so that a copy of the database cannot be used to become an organizer.</summary>
public static class OrganizerInvitationTokens
{
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
