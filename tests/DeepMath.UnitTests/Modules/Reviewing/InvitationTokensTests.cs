using DeepMath.Web.Modules.Reviewing.Invitations;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace DeepMath.UnitTests.Modules.Reviewing;

public sealed class InvitationTokensTests
{
    private readonly EphemeralDataProtectionProvider _keys = new();

    [Fact]
    public void A_token_reads_back_as_its_invitation_and_does_not_show_the_id()
    {
        var tokens = new InvitationTokens(_keys);
        var id = Guid.CreateVersion7();

        var token = tokens.Create(id);

        Assert.Equal(id, tokens.Read(token));
        Assert.DoesNotContain(id.ToString("N"), token, StringComparison.OrdinalIgnoreCase);
        Assert.Matches("^[A-Za-z0-9_-]+$", token);
    }

    [Fact]
    public void Every_changed_character_makes_the_token_unreadable()
    {
        var tokens = new InvitationTokens(_keys);
        var token = tokens.Create(Guid.CreateVersion7());

        for (var i = 0; i < token.Length; i++)
        {
            var altered = token[..i] + (token[i] == 'A' ? 'B' : 'A') + token[(i + 1)..];
            Assert.Null(tokens.Read(altered));
        }
        Assert.Null(tokens.Read(token[..^1]));
        Assert.Null(tokens.Read(token + "A"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not*base64")]
    [InlineData("0190a2b4c6d87e9fa0b1c2d3e4f50617")]
    public void Made_up_tokens_are_refused(string? token) => Assert.Null(new InvitationTokens(_keys).Read(token));

    [Fact]
    public void Tokens_of_other_keys_or_purposes_are_refused()
    {
        var id = Guid.CreateVersion7();
        var otherKeys = new InvitationTokens(new EphemeralDataProtectionProvider()).Create(id);
        var otherPurpose = WebEncoders.Base64UrlEncode(_keys.CreateProtector("Something.Else").Protect(id.ToByteArray()));

        Assert.Null(new InvitationTokens(_keys).Read(otherKeys));
        Assert.Null(new InvitationTokens(_keys).Read(otherPurpose));
    }
}
