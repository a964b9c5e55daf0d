using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace DeepMath.Web.Modules.Accounts.Passwords;

/// <summary>
/// An Argon2id hash as the PHC string format writes it, the form libsodium and the reference implementation use:
/// <c>$argon2id$v=19$m=7168,t=5,p=1$&lt;salt&gt;$&lt;hash&gt;</c>, both in base64 without padding.
/// </summary>
public sealed record PhcString(Argon2Settings Settings, byte[] Salt, byte[] Hash)
{
    public const string Prefix = "$argon2id$v=19$";

    /// <summary>The salt's length, the one libsodium takes.</summary>
    public const int SaltBytes = 16;

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}m={Settings.MemoryKiB},t={Settings.Passes},p=1${Encode(Salt)}${Encode(Hash)}");

    public static bool TryParse(string text, [NotNullWhen(true)] out PhcString? parsed)
    {
        parsed = null;
        if (!text.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }
        var parts = text[Prefix.Length..].Split('$');
        if (parts.Length != 3 || !TryParseSettings(parts[0], out var settings)
            || !TryDecode(parts[1], out var salt) || !TryDecode(parts[2], out var hash)
            || salt.Length != SaltBytes || hash.Length is < 16 or > 64)
        {
            return false;
        }
        parsed = new PhcString(settings, salt, hash);
        return true;
    }

    private static bool TryParseSettings(string text, [NotNullWhen(true)] out Argon2Settings? settings)
    {
        settings = null;
        var fields = text.Split(',');
        if (fields.Length != 3 || fields[2] != "p=1"
            || !TryField(fields[0], "m=", out var memory) || !TryField(fields[1], "t=", out var passes))
        {
            return false;
        }
        settings = new Argon2Settings(memory, passes);
        return settings.IsPlausible;
    }

    private static bool TryField(string field, string name, out int value)
    {
        value = 0;
        return field.StartsWith(name, StringComparison.Ordinal)
            && int.TryParse(field.AsSpan(name.Length), NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    private static string Encode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=');

    private static bool TryDecode(string text, out byte[] bytes)
    {
        bytes = [];
        if (text.Length == 0 || text.Contains('=', StringComparison.Ordinal))
        {
            return false;
        }
        var padded = text.PadRight(text.Length + ((4 - (text.Length % 4)) % 4), '=');
        var buffer = new byte[padded.Length * 3 / 4];
        if (!Convert.TryFromBase64String(padded, buffer, out var written))
        {
            return false;
        }
        bytes = buffer[..written];
        return true;
    }
}
