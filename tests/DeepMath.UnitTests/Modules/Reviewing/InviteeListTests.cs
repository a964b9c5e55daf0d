using DeepMath.Web.Modules.Reviewing.Domain;

namespace DeepMath.UnitTests.Modules.Reviewing;

public sealed class InviteeListTests
{
    [Fact]
    public void Reads_name_and_address_or_a_bare_address_lower_cased_skipping_blank_lines()
    {
        var parsed = InviteeList.Parse("Ada Lovelace <Ada@Uni-A.edu>\r\n\n  bob@uni-b.edu ,\n\"Carl, Jr.\" <carl@uni-c.edu>;\n<dan@uni-d.edu>");

        Assert.Empty(parsed.Rejected);
        Assert.Equal(
            [new Invitee(1, "Ada Lovelace", "ada@uni-a.edu"), new Invitee(3, "", "bob@uni-b.edu"), new Invitee(4, "Carl, Jr.", "carl@uni-c.edu"), new Invitee(5, "", "dan@uni-d.edu")],
            parsed.Invitees);
    }

    [Theory]
    [InlineData("not an address", "\"not an address\" is not an e-mail address.")]
    [InlineData("ada@localhost", "\"ada@localhost\" is not an e-mail address.")]
    [InlineData("Ada <ada@uni-a.edu", "Close the address with \">\"")]
    [InlineData("Ada <ada uni-a.edu>", "\"ada uni-a.edu\" is not an e-mail address.")]
    [InlineData("ada@@uni-a.edu", "is not an e-mail address.")]
    [InlineData("Ada <ada@uni-a.edu> <bob@uni-b.edu>", "Write one person per line")]
    [InlineData("Ada ada@uni-a.edu>", "Put the address between")]
    public void Explains_what_is_wrong_with_a_line_and_keeps_the_others(string bad, string problem)
    {
        var parsed = InviteeList.Parse($"ok@uni-a.edu\n{bad}\nalso@uni-b.edu");

        Assert.Equal(["ok@uni-a.edu", "also@uni-b.edu"], parsed.Invitees.Select(i => i.Email));
        var rejected = Assert.Single(parsed.Rejected);
        Assert.Equal((2, bad), (rejected.Line, rejected.Text));
        Assert.Contains(problem, rejected.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_repeated_address_is_reported_with_its_first_line()
    {
        var parsed = InviteeList.Parse("ada@uni-a.edu\nAda <ADA@uni-a.edu>");

        Assert.Single(parsed.Invitees);
        Assert.Equal("ada@uni-a.edu is on line 1 already.", Assert.Single(parsed.Rejected).Problem);
    }

    [Fact]
    public void Too_long_names_and_too_many_lines_are_refused_line_by_line()
    {
        Assert.Contains("more than 200 characters", Assert.Single(InviteeList.Parse($"{new string('a', 201)} <a@b.org>").Rejected).Problem, StringComparison.Ordinal);

        var many = InviteeList.Parse(string.Join("\n", Enumerable.Range(1, InviteeList.MaxLines + 2).Select(n => $"p{n}@uni.edu")));
        Assert.Equal(InviteeList.MaxLines, many.Invitees.Count);
        Assert.Equal([201, 202], many.Rejected.Select(r => r.Line));
    }

    [Fact]
    public void Nothing_to_read_is_nothing_invited() => Assert.Equal((0, 0), (InviteeList.Parse(null).Invitees.Count, InviteeList.Parse(" \n ").Rejected.Count));
}
