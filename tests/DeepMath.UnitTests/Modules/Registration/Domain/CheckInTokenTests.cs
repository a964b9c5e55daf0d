using DeepMath.Web.Modules.Registration.Domain;

namespace DeepMath.UnitTests.Modules.Registration.Domain;

public sealed class CheckInTokenTests
{
    private static readonly byte[] _key = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();

    [Fact]
    public void A_token_names_its_registration_and_is_valid_only_under_its_key()
    {
        var id = Guid.CreateVersion7();
        var token = CheckInToken.Create(id, _key);
        Assert.Equal(43, token.Length);
        Assert.Equal(id, CheckInToken.ReadId(token));
        Assert.True(CheckInToken.IsValid($"  {token} ", _key));
        Assert.False(CheckInToken.IsValid(token, new byte[32]));
    }

    [Fact]
    public void A_changed_character_or_junk_is_refused()
    {
        var token = CheckInToken.Create(Guid.CreateVersion7(), _key);
        var tampered = token[..^1] + (token[^1] == 'A' ? 'B' : 'A');
        Assert.False(CheckInToken.IsValid(tampered, _key));
        Assert.Null(CheckInToken.ReadId("not a token"));
        Assert.False(CheckInToken.IsValid(null, _key));
        Assert.False(CheckInToken.IsValid(new string('A', 500), _key));
    }
}
