using System.Diagnostics;
using DeepMath.Web.Modules.Accounts.Domain;
using DeepMath.Web.Modules.Accounts.Passwords;
using Microsoft.AspNetCore.Identity;

namespace DeepMath.UnitTests.Modules.Accounts.Passwords;

public sealed class Argon2idPasswordHasherTests : IDisposable
{
    private const string NonAscii = "$argon2id$v=19$m=7168,t=5,p=1$c2l4dGVlbiBieXRlIHNsdA$z39V5OUCv+Z25IQfVi0ZmdD5oOl5HQ9lQZLBIbCTN34";

    private readonly Argon2idPasswordHasher _hasher = new();
    private readonly AppUser _user = new() { UserName = "ada@example.org", DisplayName = "Ada" };

    public void Dispose() => _hasher.Dispose();

    [Fact]
    public void A_password_is_stored_as_argon2id_at_owasp_settings_and_verifies()
    {
        var hash = _hasher.HashPassword(_user, "correct horse battery");

        Assert.StartsWith("$argon2id$v=19$m=7168,t=5,p=1$", hash, StringComparison.Ordinal);
        Assert.Equal(PasswordVerificationResult.Success, _hasher.VerifyHashedPassword(_user, hash, "correct horse battery"));
        Assert.Equal(PasswordVerificationResult.Failed, _hasher.VerifyHashedPassword(_user, hash, "correct horse batterY"));
        Assert.Equal(PasswordVerificationResult.Failed, _hasher.VerifyHashedPassword(_user, hash, string.Empty));
        // A fresh salt each time: equal passwords do not give equal rows.
        Assert.NotEqual(hash, _hasher.HashPassword(_user, "correct horse battery"));
    }

    [Fact]
    public void A_hash_from_the_reference_implementation_verifies()
    {
        // echo -n "correct horse battery" | argon2 "sixteen byte slt" -id -t 5 -k 7168 -p 1 -l 32   (Debian's argon2 1.0)
        const string reference = "$argon2id$v=19$m=7168,t=5,p=1$c2l4dGVlbiBieXRlIHNsdA$zJyRAkq66TdSepkDsHcnwfdnV9bMwmjnS5TnXvquJYg";

        Assert.Equal(PasswordVerificationResult.Success, _hasher.VerifyHashedPassword(_user, reference, "correct horse battery"));
        Assert.Equal(PasswordVerificationResult.Failed, _hasher.VerifyHashedPassword(_user, reference, "correct horse batter"));
        // Non-ASCII passwords are UTF-8, as there: echo -n "Mot de passe: éàü ∑ 密码" | argon2 "sixteen byte slt" -id -t 5 -k 7168 -p 1 -l 32
        Assert.Equal(PasswordVerificationResult.Success, _hasher.VerifyHashedPassword(_user, NonAscii, "Mot de passe: éàü ∑ 密码"));
    }

    [Fact]
    public void Identity_format_and_other_settings_verify_and_ask_to_be_stored_again()
    {
        var identity = new PasswordHasher<AppUser>().HashPassword(_user, "an older password");
        Assert.Equal(PasswordVerificationResult.SuccessRehashNeeded, _hasher.VerifyHashedPassword(_user, identity, "an older password"));
        Assert.Equal(PasswordVerificationResult.Failed, _hasher.VerifyHashedPassword(_user, identity, "another password"));

        // The same password at another of OWASP's settings (12 MiB, 3 passes), from the reference CLI.
        const string otherSettings = "$argon2id$v=19$m=12288,t=3,p=1$c2l4dGVlbiBieXRlIHNsdA$PVuFy4bNFNzpvCWfjp6oFvHT9yev0sPZewFkrooAZcw";
        Assert.Equal(PasswordVerificationResult.SuccessRehashNeeded, _hasher.VerifyHashedPassword(_user, otherSettings, "correct horse battery"));

        var salt = new byte[16];
        var cheaper = new Argon2Settings(MemoryKiB: 8 * 1024, Passes: 2);
        var older = new PhcString(cheaper, salt, cheaper.Algorithm().DeriveBytes(System.Text.Encoding.UTF8.GetBytes("an older password"), salt, 32)).ToString();
        Assert.Equal(PasswordVerificationResult.SuccessRehashNeeded, _hasher.VerifyHashedPassword(_user, older, "an older password"));
        Assert.Equal(PasswordVerificationResult.Failed, _hasher.VerifyHashedPassword(_user, older, "another password"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("$argon2id$v=19$")]
    [InlineData("$argon2id$v=19$m=12288,t=3,p=1$c2l4dGVlbiBieXRlIHNsdA")]
    [InlineData("$argon2id$v=19$m=12288,t=3,p=4$c2l4dGVlbiBieXRlIHNsdA$PVuFy4bNFNzpvCWfjp6oFvHT9yev0sPZewFkrooAZcw")]
    [InlineData("$argon2id$v=19$m=12288,t=3,p=1$c2hvcnQ$PVuFy4bNFNzpvCWfjp6oFvHT9yev0sPZewFkrooAZcw")]
    [InlineData("$argon2id$v=19$m=12288,t=3,p=1$c2l4dGVlbiBieXRlIHNsdA$not base64!")]
    [InlineData("$argon2id$v=19$m=12288,t=-3,p=1$c2l4dGVlbiBieXRlIHNsdA$PVuFy4bNFNzpvCWfjp6oFvHT9yev0sPZewFkrooAZcw")]
    [InlineData("$argon2i$v=19$m=12288,t=3,p=1$c2l4dGVlbiBieXRlIHNsdA$PVuFy4bNFNzpvCWfjp6oFvHT9yev0sPZewFkrooAZcw")]
    [InlineData("AQAAAAIAAYagAAAAEgarbage")]
    public void A_damaged_row_refuses_the_password_without_throwing(string stored) =>
        Assert.Equal(PasswordVerificationResult.Failed, _hasher.VerifyHashedPassword(_user, stored, "correct horse battery"));

    [Fact]
    public void A_planted_row_cannot_ask_for_gigabytes_or_minutes()
    {
        var watch = Stopwatch.StartNew();
        foreach (var settings in new[] { "m=4194304,t=3", "m=12288,t=100000", "m=4,t=3" })
        {
            var planted = $"$argon2id$v=19${settings},p=1$c2l4dGVlbiBieXRlIHNsdA$PVuFy4bNFNzpvCWfjp6oFvHT9yev0sPZewFkrooAZcw";
            Assert.Equal(PasswordVerificationResult.Failed, _hasher.VerifyHashedPassword(_user, planted, "correct horse battery"));
        }
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"took {watch.Elapsed}");
    }
}
