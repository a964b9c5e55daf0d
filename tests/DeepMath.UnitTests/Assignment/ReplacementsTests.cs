using DeepMath.Assignment;

namespace DeepMath.UnitTests.Assignment;

public sealed class ReplacementsTests
{
    [Fact]
    public void Alternates_are_eligible_have_room_fit_the_constraints_and_come_best_first()
    {
        var papers = new List<Paper> { new("p1", ["A", "B"]), new("p2", ["A"]) };
        var reviewers = new List<Reviewer>
        {
            new("kept", ["A"], 2) { Institution = "Uni X" },
            new("same-institution", ["A", "B"], 2) { Institution = "Uni X" },
            new("other", ["B"], 2) { Institution = "Uni Y" },
            new("full", ["A", "B"], 1) { Institution = "Uni Z" },
            new("conflicted", ["A", "B"], 2),
            new("unwilling", ["A", "B"], 2),
        };
        var instance = new AssignmentInstance
        {
            ReviewsPerPaper = 2, Papers = papers, Reviewers = reviewers,
            ExistingAssignments = [new("kept", "p1"), new("full", "p2")],
            Conflicts = [new("conflicted", "p1")],
            Bids = [new("unwilling", "p1", Bid.NotWilling)],
        };

        var free = Replacements.For(instance, AssignmentOptions.Default, "p1", 5);
        var distinct = Replacements.For(instance, AssignmentOptions.Default with { DistinctInstitutions = true }, "p1", 5);

        Assert.Equal(["same-institution", "other"], free.Select(a => a.Reviewer));
        Assert.Equal([1.0, 0.5], free.Select(a => a.Score));
        Assert.Equal(["other"], distinct.Select(a => a.Reviewer));
        Assert.Single(Replacements.For(instance, AssignmentOptions.Default, "p1", 1));
        Assert.Throws<AssignmentInputException>(() => Replacements.For(instance, AssignmentOptions.Default, "nope", 1));
    }
}
