using DeepMath.Assignment;

namespace DeepMath.UnitTests.Assignment;

public class AssignmentSolverTests
{
    private static readonly string[] Ml = ["ML"];

    [Fact]
    public void Loads_k_and_conflicts_are_respected()
    {
        var papers = Enumerable.Range(1, 6).Select(i => new Paper($"p{i}", Ml)).ToList();
        var reviewers = Enumerable.Range(1, 5).Select(i => new Reviewer($"r{i}", Ml, 3)).ToList();
        var conflicts = papers.Select(p => new Conflict("r1", p.Id)).Append(new Conflict("r2", "p1")).ToList();
        var instance = new AssignmentInstance { ReviewsPerPaper = 2, Papers = papers, Reviewers = reviewers, Conflicts = conflicts };

        var result = AssignmentSolver.Solve(instance);

        Assert.Equal(12, result.Assigned);
        Assert.Empty(result.Shortfalls);
        Assert.DoesNotContain(result.Assignments, a => a.Reviewer == "r1");
        Assert.DoesNotContain(new ReviewAssignment("r2", "p1"), result.Assignments);
        Assert.All(reviewers, r => Assert.True(result.Assignments.Count(a => a.Reviewer == r.Id) <= 3));
        Assert.All(papers, p => Assert.Equal(2, result.Assignments.Count(a => a.Paper == p.Id)));
        new ReferenceScoring(instance).AssertFeasible(result);
    }

    [Fact]
    public void Infeasible_capacity_assigns_as_many_as_possible_and_says_why()
    {
        var papers = Enumerable.Range(1, 5).Select(i => new Paper($"p{i}", Ml)).ToList();
        var reviewers = new List<Reviewer> { new("r1", Ml, 3), new("r2", Ml, 3), new("r3", Ml, 1) };
        // p5 may only go to r3, and r3 also has to be the second reviewer somewhere else.
        var conflicts = new List<Conflict> { new("r1", "p5"), new("r2", "p5") };
        var instance = new AssignmentInstance { ReviewsPerPaper = 2, Papers = papers, Reviewers = reviewers, Conflicts = conflicts };

        var result = AssignmentSolver.Solve(instance);

        Assert.Equal(7, result.Assigned);
        Assert.Equal(10 - 7, result.Shortfalls.Sum(s => s.Wanted - s.Assigned));
        var p5 = Assert.Single(result.Shortfalls, s => s.Paper == "p5");
        Assert.Equal("only 1 eligible reviewer", p5.Reason);
        Assert.All(
            result.Shortfalls.Where(s => s.Paper != "p5"),
            s => Assert.StartsWith("reviewer capacity exhausted", s.Reason, StringComparison.Ordinal));
        new ReferenceScoring(instance).AssertFeasible(result);
    }

    [Fact]
    public void A_paper_without_eligible_reviewers_is_reported()
    {
        var instance = new AssignmentInstance
        {
            ReviewsPerPaper = 1,
            Papers = [new Paper("p1", Ml)],
            Reviewers = [new Reviewer("r1", Ml, 5)],
            Bids = [new Bid("r1", "p1", -2)],
        };

        var result = AssignmentSolver.Solve(instance);

        Assert.Equal(0, result.Assigned);
        Assert.Equal(new PaperShortfall("p1", 0, 1, "no eligible reviewers"), Assert.Single(result.Shortfalls));
    }

    [Fact]
    public void More_reviews_come_first_even_at_a_negative_score()
    {
        var instance = new AssignmentInstance
        {
            ReviewsPerPaper = 1,
            Papers = [new Paper("p1", ["A"]), new Paper("p2", ["B"])],
            Reviewers = [new Reviewer("r1", ["A", "B"], 1), new Reviewer("r2", ["C"], 1)],
            Bids = [new Bid("r2", "p1", -1), new Bid("r2", "p2", -1)],
        };

        var result = AssignmentSolver.Solve(instance);

        // r1 on p1 or p2 scores 1; r2 must take the other at -0.25 rather than leave it short.
        Assert.Equal(2, result.Assigned);
        Assert.Equal(0.75, result.Objective, 1e-9);
    }

    [Fact]
    public void Rerun_keeps_existing_assignments_and_completes_around_them()
    {
        var papers = Enumerable.Range(1, 4).Select(i => new Paper($"p{i}", Ml)).ToList();
        var reviewers = Enumerable.Range(1, 4).Select(i => new Reviewer($"r{i}", Ml, 2)).ToList();
        var bids = new List<Bid> { new("r1", "p1", 2), new("r2", "p1", 2) };
        var first = AssignmentSolver.Solve(new AssignmentInstance { ReviewsPerPaper = 2, Papers = papers, Reviewers = reviewers, Bids = bids });
        Assert.Contains(new ReviewAssignment("r1", "p1"), first.Assignments);

        // The organizer moved r1 from p1 to p4 by hand and re-runs keeping that and the rest of p4.
        var existing = new List<ReviewAssignment> { new("r1", "p4"), new("r3", "p4") };
        var instance = new AssignmentInstance { ReviewsPerPaper = 2, Papers = papers, Reviewers = reviewers, Bids = bids, ExistingAssignments = existing };

        var rerun = AssignmentSolver.Solve(instance);

        Assert.Equal(8, rerun.Assigned);
        Assert.Subset(rerun.Assignments.ToHashSet(), existing.ToHashSet());
        Assert.Equal(2, rerun.Assignments.Count(a => a.Paper == "p4"));
        Assert.Equal(1, rerun.Assignments.Count(a => a.Reviewer == "r1" && a.Paper != "p4"));
        Assert.Equal(1, rerun.Assignments.Count(a => a.Reviewer == "r3" && a.Paper != "p4"));
        Assert.Contains(new ReviewAssignment("r2", "p1"), rerun.Assignments);
        new ReferenceScoring(instance).AssertFeasible(rerun);

        var again = AssignmentSolver.Solve(new AssignmentInstance
        {
            ReviewsPerPaper = 2, Papers = papers, Reviewers = reviewers, Bids = bids, ExistingAssignments = rerun.Assignments,
        });
        Assert.Equal(rerun.Assignments.ToHashSet(), again.Assignments.ToHashSet());
        Assert.Equal(rerun.Objective, again.Objective, 1e-9);
    }

    [Fact]
    public void Rerun_refuses_to_keep_a_conflicted_assignment()
    {
        var instance = new AssignmentInstance
        {
            ReviewsPerPaper = 1,
            Papers = [new Paper("p1", Ml)],
            Reviewers = [new Reviewer("r1", Ml, 1)],
            Conflicts = [new Conflict("r1", "p1")],
            ExistingAssignments = [new ReviewAssignment("r1", "p1")],
        };

        var error = Assert.Throws<AssignmentInputException>(() => AssignmentSolver.Solve(instance));
        Assert.Contains("conflict of interest", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void With_affinities_only_listed_or_bid_pairs_are_eligible_and_topics_are_ignored()
    {
        var instance = new AssignmentInstance
        {
            ReviewsPerPaper = 2,
            Papers = [new Paper("p1", Ml), new Paper("p2", Ml)],
            Reviewers = [new Reviewer("r1", Ml, 2), new Reviewer("r2", Ml, 2), new Reviewer("r3", Ml, 2)],
            Affinities = [new Affinity("r1", "p1", 0.9), new Affinity("r2", "p1", 0.8), new Affinity("r3", "p1", 0.1), new Affinity("r1", "p2", 0.5)],
            Bids = [new Bid("r2", "p1", -2), new Bid("r3", "p2", 1), new Bid("r2", "p2", -1)],
        };

        var result = AssignmentSolver.Solve(instance);

        // p1: r2 refused (-2), so r1 and r3; p2: r1 (listed) and either r3 (bid 1 → 0.25) or r2 (bid -1 → -0.25).
        Assert.Equal(
            new HashSet<ReviewAssignment> { new("r1", "p1"), new("r3", "p1"), new("r1", "p2"), new("r3", "p2") },
            result.Assignments.ToHashSet());
        Assert.Equal(0.9 + 0.1 + 0.5 + 0.25, result.Objective, 1e-9);
        Assert.Empty(result.Shortfalls);
    }

    [Fact]
    public void Unknown_ids_are_reported()
    {
        var instance = new AssignmentInstance
        {
            ReviewsPerPaper = 1,
            Papers = [new Paper("p1", Ml)],
            Reviewers = [new Reviewer("r1", Ml, 1)],
            Bids = [new Bid("r9", "p1", 1)],
        };

        var error = Assert.Throws<AssignmentInputException>(() => AssignmentSolver.Solve(instance));
        Assert.Contains("\"r9\"", error.Message, StringComparison.Ordinal);
    }
}
