using DeepMath.Web.Modules.Reviewing.Domain;

namespace DeepMath.UnitTests.Modules.Reviewing;

public sealed class ConflictFinderTests
{
    private static readonly Guid _reviewer = Guid.NewGuid();
    private static readonly Guid _paper = Guid.NewGuid();
    private readonly ConflictFinder _finder = new();

    private static ReviewerFacts Reviewer(string email = "rita@uni-a.edu", string[]? affiliations = null, string[]? domains = null,
        string[]? people = null, string[]? institutions = null) =>
        new(_reviewer, email, affiliations ?? [], domains ?? [], people ?? [], institutions ?? []);

    private static PaperFacts Paper(params AuthorFacts[] authors) => new(_paper, authors);

    private static AuthorFacts Author(string email, string affiliation = "Somewhere Else") => new("Ada Quill", email, affiliation);

    private IReadOnlyList<Conflict> Find(ReviewerFacts reviewer, PaperFacts paper, WrittenTogether[]? history = null, ConflictRuling[]? rulings = null) =>
        _finder.Find([reviewer], [paper], history ?? [], rulings ?? []);

    [Fact]
    public void A_reviewer_listed_as_author_is_in_conflict_whatever_the_case()
    {
        var conflict = Assert.Single(Find(Reviewer("Rita@Uni-A.edu"), Paper(Author("rita@uni-a.EDU", "Uni A"))));
        Assert.Equal(ConflictKind.ListedAuthor, conflict.Kind);
        Assert.True(conflict.Holds);
    }

    [Fact]
    public void An_institutional_domain_in_common_is_a_conflict_and_subdomains_count()
    {
        Assert.Equal(ConflictKind.SharedEmailDomain, Assert.Single(Find(Reviewer(), Paper(Author("ada@uni-a.edu")))).Kind);
        Assert.Equal(ConflictKind.SharedEmailDomain, Assert.Single(Find(Reviewer(), Paper(Author("ada@cs.uni-a.edu")))).Kind);
        Assert.Equal(ConflictKind.SharedEmailDomain, Assert.Single(Find(Reviewer("rita@gmail.com", domains: ["lab.org"]), Paper(Author("ada@lab.org")))).Kind);
        Assert.Empty(Find(Reviewer(), Paper(Author("ada@uni-b.edu"))));
    }

    [Theory]
    [InlineData("gmail.com")]
    [InlineData("outlook.com")]
    [InlineData("yahoo.com")]
    [InlineData("hotmail.com")]
    [InlineData("qq.com")]
    [InlineData("163.com")]
    [InlineData("icloud.com")]
    [InlineData("proton.me")]
    [InlineData("protonmail.com")]
    public void Public_mail_domains_are_never_a_conflict(string domain)
    {
        Assert.Empty(Find(Reviewer($"rita@{domain}", domains: [domain.ToUpperInvariant()]), Paper(Author($"ada@{domain}"))));
    }

    [Theory]
    [InlineData("Université Paris-Saclay", "universite paris saclay")]
    [InlineData("ETH Zürich", "E.T.H. Zurich")]
    [InlineData("  MAX-PLANCK  Institute ", "max planck institute")]
    public void Affiliations_match_once_case_diacritics_punctuation_and_spacing_are_folded(string reviewerSide, string authorSide)
    {
        var conflict = Assert.Single(Find(Reviewer(affiliations: [reviewerSide]), Paper(Author("ada@elsewhere.org", authorSide))));
        Assert.Equal(ConflictKind.SharedAffiliation, conflict.Kind);
    }

    [Fact]
    public void One_of_several_affiliations_separated_by_semicolons_is_enough_and_a_different_name_is_not()
    {
        Assert.Single(Find(Reviewer(affiliations: ["Uni A"]), Paper(Author("ada@elsewhere.org", "Lab B; Uni A"))));
        Assert.Empty(Find(Reviewer(affiliations: ["University of Oslo"]), Paper(Author("ada@elsewhere.org", "Oslo University College"))));
    }

    [Fact]
    public void Co_authors_of_another_submission_are_in_conflict_but_not_through_this_submission_itself()
    {
        var other = Guid.NewGuid();
        var history = new[] { new WrittenTogether(other, ["rita@uni-a.edu", "ada@elsewhere.org"]), new WrittenTogether(_paper, ["ada@elsewhere.org"]) };
        var conflict = Assert.Single(Find(Reviewer(), Paper(Author("Ada@Elsewhere.org")), history));
        Assert.Equal(ConflictKind.CoAuthor, conflict.Kind);
        Assert.Empty(Find(Reviewer(), Paper(Author("ada@elsewhere.org")), [new WrittenTogether(_paper, ["rita@uni-a.edu", "ada@elsewhere.org"])]));
        Assert.Empty(Find(Reviewer(), Paper(Author("ada@elsewhere.org")), [new WrittenTogether(other, ["ben@x.org", "ada@elsewhere.org"])]));
    }

    [Fact]
    public void Declared_people_and_institutions_are_conflicts_that_no_ruling_lifts()
    {
        var found = Find(Reviewer(people: ["ADA@elsewhere.org"], institutions: ["somewhere else"]), Paper(Author("ada@elsewhere.org", "Somewhere-Else")),
            rulings: [Ruling(ConflictKind.DeclaredPerson, ConflictVerdict.Dismissed)]);
        Assert.Equal([ConflictKind.DeclaredPerson, ConflictKind.DeclaredInstitution], found.Select(c => c.Kind));
        Assert.All(found, c => Assert.False(c.IsAutomatic));
        Assert.All(found, c => Assert.True(c.Holds));
    }

    [Fact]
    public void A_dismissed_automatic_conflict_no_longer_holds_and_a_confirmed_one_does()
    {
        var dismissed = Assert.Single(Find(Reviewer(), Paper(Author("ada@uni-a.edu")), rulings: [Ruling(ConflictKind.SharedEmailDomain, ConflictVerdict.Dismissed)]));
        Assert.Equal(ConflictVerdict.Dismissed, dismissed.Verdict);
        Assert.False(dismissed.Holds);
        var confirmed = Assert.Single(Find(Reviewer(), Paper(Author("ada@uni-a.edu")), rulings: [Ruling(ConflictKind.SharedEmailDomain, ConflictVerdict.Confirmed)]));
        Assert.True(confirmed.Holds);
    }

    [Fact]
    public void Dismissing_one_reason_leaves_the_others_holding()
    {
        var found = Find(Reviewer(affiliations: ["Uni A"]), Paper(Author("ada@uni-a.edu", "Uni A")), rulings: [Ruling(ConflictKind.SharedEmailDomain, ConflictVerdict.Dismissed)]);
        Assert.Equal(2, found.Count);
        Assert.Contains(found, c => c.Kind == ConflictKind.SharedAffiliation && c.Holds);
    }

    [Fact]
    public void Reasons_of_several_authors_are_gathered_into_one_conflict_per_kind()
    {
        var conflict = Assert.Single(Find(Reviewer(), Paper(Author("ada@uni-a.edu"), new AuthorFacts("Ben Marsh", "ben@uni-a.edu", "x"))));
        Assert.Contains("ada@uni-a.edu", conflict.Reason);
        Assert.Contains("ben@uni-a.edu", conflict.Reason);
    }

    private static ConflictRuling Ruling(ConflictKind kind, ConflictVerdict verdict) =>
        new() { ReviewerId = _reviewer, SubmissionId = _paper, Kind = kind, Verdict = verdict, DecidedBy = "organizer" };
}
