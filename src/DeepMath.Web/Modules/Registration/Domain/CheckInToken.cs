using System.Buffers.Text;
using System.Security.Cryptography;

namespace DeepMath.Web.Modules.Registration.Domain;

/// <summary>
/// The token in a ticket's QR code: the registration id and an HMAC-SHA256 of it under the event's
/// secret key, in base64url (43 characters). It cannot be guessed or forged without the key, and
/// reading it back needs no lookup table.
/// </summary>
public static class CheckInToken
{
    private const int IdLength = 16;
    private const int MacLength = 16;

    public static string Create(Guid registrationId, byte[] key)
    {
        Span<byte> bytes = stackalloc byte[IdLength + MacLength];
        registrationId.TryWriteBytes(bytes[..IdLength], bigEndian: true, out _);
        Mac(bytes[..IdLength], key).AsSpan(0, MacLength).CopyTo(bytes[IdLength..]);
        return Base64Url.EncodeToString(bytes);
    }

    /// <summary>The registration id a token names, without checking its signature (which needs that registration's event key).</summary>
    public static Guid? ReadId(string? token)
    {
        var bytes = Decode(token);
        return bytes is null ? null : new Guid(bytes.AsSpan(0, IdLength), bigEndian: true);
    }

    public static bool IsValid(string? token, byte[] key)
    {
        var bytes = Decode(token);
        return bytes is not null
            && CryptographicOperations.FixedTimeEquals(bytes.AsSpan(IdLength), Mac(bytes.AsSpan(0, IdLength), key).AsSpan(0, MacLength));
    }

    private static byte[]? Decode(string? token)
    {
        var trimmed = token?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > 64)
        {
            return null;
        }
        try
        {
            var bytes = Base64Url.DecodeFromChars(trimmed);
            return bytes.Length == IdLength + MacLength ? bytes : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static byte[] Mac(ReadOnlySpan<byte> id, byte[] key)
    {
        Span<byte> message = stackalloc byte[IdLength + 11];
        "checkin:v1:"u8.CopyTo(message);
        id.CopyTo(message[11..]);
        return HMACSHA256.HashData(key, message);
    }
}
