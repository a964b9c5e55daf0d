using DeepMath.Assignment;

namespace DeepMath.UnitTests.Assignment;

/// <summary>Every constraint holds on every mode's output, and a constraint that cannot be met is named with its papers.</summary>
public class ConstraintTests
{
    private static readonly AssignmentOptions All = new()
    {
        RequireSenior = true, DistinctInstitutions = true, SeparateCoauthors = true, NoReciprocalReviews = true, AlternatesPerPaper = 2,
    };

    [Theory]
    [InlineData(AssignmentMode.MaxSum)]
    [InlineData(AssignmentMode.Bottleneck)]
    [InlineData(AssignmentMode.Fair)]
    [InlineData(AssignmentMode.Random)]
    public void Every_constraint_holds_on_the_output(AssignmentMode mode)
    {
        for (var seed = 1; seed <= 5; seed++)
        {
            var instance = Committee(seed);
            var options = All with { Mode = mode, Seed = seed };

            var result = AssignmentSolver.Solve(instance, options);

            Assert.Empty(ReferenceConstraints.Violations(instance, options, result.Assignments));
            Assert.Equal(instance.Papers.Count * instance.ReviewsPerPaper, result.Assigned);
            new ReferenceScoring(instance).AssertFeasible(result);
            Assert.All(result.Alternates, a => Assert.DoesNotContain(a.Value, r => result.Assignments.Contains(new ReviewAssignment(r, a.Key))));
            if (mode != AssignmentMode.MaxSum)
            {
                Assert.NotNull(result.MaxSum);
                Assert.Empty(ReferenceConstraints.Violations(instance, options, result.MaxSum.Assignments));
            }
        }
    }

    [Fact]
    public void A_paper_without_an_eligible_senior_is_named()
    {
        var instance = Committee(1);
        var seniors = instance.Reviewers.Where(r => r.Senior).Select(r => r.Id).ToHashSet();
        instance = With(instance, conflicts: [.. seniors.Select(r => new Conflict(r, "p3"))]);

        var error = Assert.Throws<AssignmentInfeasibleException>(() => AssignmentSolver.Solve(instance, new AssignmentOptions { RequireSenior = true }));

        Assert.Contains("\"p3\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("senior", error.Message, StringComparison.Ordinal);
        Assert.Single(error.Problems);
    }

    [Fact]
    public void A_minimum_load_that_cannot_be_reached_names_the_reviewer()
    {
        var instance = Committee(2);
        var reviewers = instance.Reviewers.Select((r, i) => i == 0 ? r with { MinLoad = 4 } : r).ToList();
        var others = instance.Papers.Skip(2).Select(p => new Conflict(reviewers[0].Id, p.Id)).ToList();
        instance = With(instance, reviewers: reviewers, conflicts: others);

        var error = Assert.Throws<AssignmentInfeasibleException>(() => AssignmentSolver.Solve(instance, AssignmentOptions.Default));

        Assert.Contains($"\"{reviewers[0].Id}\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("minimum load of 4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Distinct_institutions_that_cannot_be_met_name_the_paper()
    {
        var instance = Committee(3);
        var sameInstitution = instance.Reviewers.Where(r => r.Institution == "inst0").Select(r => r.Id).ToHashSet();
        var conflicts = instance.Reviewers.Where(r => !sameInstitution.Contains(r.Id)).Select(r => new Conflict(r.Id, "p2")).ToList();
        instance = With(instance, conflicts: conflicts);

        var error = Assert.Throws<AssignmentInfeasibleException>(() => AssignmentSolver.Solve(instance, new AssignmentOptions { DistinctInstitutions = true }));

        Assert.Contains("\"p2\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("distinct institutions", error.Message, StringComparison.Ordinal);
    }

    /// <summary>20 papers, 16 reviewers in 5 institutions, a third senior, co-authors and authoring reviewers, room to spare.</summary>
    private static AssignmentInstance Committee(int seed)
    {
        var random = new Random(seed);
        var reviewers = Enumerable.Range(0, 16).Select(i => new Reviewer($"r{i}", [], 6)
        {
            Senior = i % 3 == 0,
            Institution = $"inst{i % 5}",
            Country = $"c{i % 4}",
            Coauthors = [$"r{(i + 1) % 16}"],
        }).ToList();
        var papers = Enumerable.Range(0, 20).Select(i => new Paper($"p{i}", [])
        {
            AuthorReviewers = i < 6 ? [$"r{i * 2}"] : [],
        }).ToList();
        var affinities = papers.SelectMany(p => reviewers.Select(r => new Affinity(r.Id, p.Id, Math.Round(random.NextDouble(), 3)))).ToList();
        // Authors never review their own paper: that is a conflict of interest, declared as such.
        var conflicts = papers.SelectMany(p => p.AuthorReviewers.Select(r => new Conflict(r, p.Id))).ToList();
        return new AssignmentInstance { ReviewsPerPaper = 3, Papers = papers, Reviewers = reviewers, Affinities = affinities, Conflicts = conflicts };
    }

    private static AssignmentInstance With(AssignmentInstance instance, IReadOnlyList<Reviewer>? reviewers = null, IReadOnlyList<Conflict>? conflicts = null) => new()
    {
        ReviewsPerPaper = instance.ReviewsPerPaper,
        Papers = instance.Papers,
        Reviewers = reviewers ?? instance.Reviewers,
        Affinities = instance.Affinities,
        Conflicts = [.. instance.Conflicts, .. conflicts ?? []],
    };
}
