using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Reviewing.Assigned;
using DeepMath.Web.Modules.Reviewing.Assignments;
using DeepMath.Web.Modules.Reviewing.Authorization;
using DeepMath.Web.Modules.Reviewing.AutoAssign;
using DeepMath.Web.Modules.Reviewing.Domain;
using DeepMath.Web.Modules.Submissions.Contracts;
using DeepMath.Web.SharedKernel;

namespace DeepMath.UnitTests.Modules.Reviewing;

public sealed class AssignmentPlannerTests
{
    [Fact]
    public void Reviewers_without_a_maximum_take_at_most_the_fair_share_and_every_paper_gets_k()
    {
        var reviewers = Enumerable.Range(0, 3).Select(_ => new Reviewer { UserId = "u", ExpertiseTopics = ["Optimization"] }).ToList();
        var papers = Enumerable.Range(1, 4).Select(n => Paper(n, "Optimization")).ToList();
        var state = State(2, reviewers, papers, conflicts: [], bids: [], assignments: []);

        var plan = AssignmentPlanner.Plan(state);

        Assert.Equal(3, state.DefaultMaxLoad); // ceil(2 × 4 / 3)
        Assert.Equal(8, plan.Proposed.Count);
        Assert.Empty(plan.Shortfalls);
        Assert.All(plan.Loads, l => Assert.InRange(l.Load, 2, 3));
        Assert.Equal(8.0, plan.TotalScore, 9);
        Assert.Equal(2.0, plan.LowestSubmissionScore!.Value, 9);
    }

    [Fact]
    public void A_holding_conflict_is_never_proposed_a_dismissed_one_is_and_a_stale_pair_is_reported_not_kept()
    {
        var ann = new Reviewer { UserId = "ann", ExpertiseTopics = ["Optimization"], MaxLoad = 5 };
        var ben = new Reviewer { UserId = "ben", ExpertiseTopics = [], MaxLoad = 5 };
        var p1 = Paper(1, "Optimization");
        var p2 = Paper(2, "Optimization");
        var conflicts = new[]
        {
            new Conflict(ann.Id, p1.Id, ConflictKind.SharedEmailDomain, "domain", null),
            new Conflict(ben.Id, p2.Id, ConflictKind.SharedAffiliation, "affiliation", ConflictVerdict.Dismissed),
        };
        var stale = new ReviewerAssignment { SubmissionId = p1.Id, ReviewerId = ann.Id };
        var state = State(2, [ann, ben], [p1, p2], conflicts, bids: [], assignments: [stale]);

        var plan = AssignmentPlanner.Plan(state);

        Assert.Equal(0, plan.Kept);
        Assert.Equal([(1, "same e-mail domain")], plan.Stale.Select(s => (s.Number, s.Reason)));
        Assert.DoesNotContain(plan.Proposed, p => p.SubmissionId == p1.Id && p.ReviewerId == ann.Id);
        Assert.Contains(plan.Proposed, p => p.SubmissionId == p2.Id && p.ReviewerId == ben.Id);
        Assert.Equal([(1, 1, "only 1 eligible reviewer")], plan.Shortfalls.Select(s => (s.Number, s.Assigned, s.Reason)));
    }

    [Fact]
    public void A_pair_kept_against_a_not_willing_bid_counts_and_the_bids_honored_are_counted()
    {
        var ann = new Reviewer { UserId = "ann", ExpertiseTopics = ["Optimization"], MaxLoad = 1 };
        var ben = new Reviewer { UserId = "ben", ExpertiseTopics = ["Optimization"], MaxLoad = 1 };
        var p1 = Paper(1, "Optimization");
        var p2 = Paper(2, "Optimization");
        Bid[] bids =
        [
            new() { ReviewerId = ann.Id, SubmissionId = p1.Id, Value = BidValue.NotWilling },
            new() { ReviewerId = ben.Id, SubmissionId = p1.Id, Value = BidValue.Eager },
            new() { ReviewerId = ben.Id, SubmissionId = p2.Id, Value = BidValue.Willing },
        ];
        var kept = new ReviewerAssignment { SubmissionId = p1.Id, ReviewerId = ann.Id };
        var state = State(1, [ann, ben], [p1, p2], conflicts: [], bids, assignments: [kept]);

        var plan = AssignmentPlanner.Plan(state);

        Assert.Equal(1, plan.Kept);
        Assert.Equal([(2, ben.Id)], plan.Proposed.Select(p => (p.Number, p.ReviewerId)));
        Assert.Equal(new BidsHonored(0, 1), plan.Eager);
        Assert.Equal(new BidsHonored(1, 1), plan.Willing);
        Assert.Equal(0.5 + 1.25, plan.TotalScore, 9); // 1 − 0.5 for the kept pair, 1 + 0.25 for the new one
    }

    [Theory]
    [InlineData("deepmath-2025", 17, "deepmath-2025-17.pdf")]
    [InlineData("Déjà vu/2025", 3, "d-j-vu-2025-3.pdf")]
    public void The_reviewers_copy_is_named_after_the_event_and_number_only(string slug, int number, string expected) =>
        Assert.Equal(expected, BlindedPdfName.For(Call(1) with { EventSlug = slug }, number));

    private static SubmissionWithAuthors Paper(int number, params string[] topics) =>
        new(Guid.NewGuid(), number, $"Paper {number}", topics, "Abstract", [new DeepMath.Web.Modules.Submissions.Contracts.AuthorDetails("A. Author", "a@example.org", "Lab")]);

    private static CallInfo Call(int k) => new(Guid.NewGuid(), Guid.NewGuid(), "DeepMath 2025", "deepmath-2025", "Call for abstracts",
        CallWindow.For(new DateOnly(2025, 7, 1), new DateOnly(2025, 8, 31), TimeZoneInfo.Utc), ["Optimization"], [], DeepMath.AbstractFormat.FormatRules.Default, null, k, DoubleBlind: true);

    private static AssignmentState State(int k, IReadOnlyList<Reviewer> reviewers, IReadOnlyList<SubmissionWithAuthors> papers,
        IReadOnlyList<Conflict> conflicts, IReadOnlyList<Bid> bids, IReadOnlyList<ReviewerAssignment> assignments) =>
        new(Call(k), reviewers, new CallConflicts.Findings(papers, conflicts), bids, assignments, reviewers.ToDictionary(r => r.Id, r => r.UserId));
}
