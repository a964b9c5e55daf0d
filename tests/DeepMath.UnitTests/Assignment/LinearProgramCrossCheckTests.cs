using DeepMath.Assignment;
using Google.OrTools.LinearSolver;

namespace DeepMath.UnitTests.Assignment;

/// <summary>
/// Instances too large for exhaustive search, checked against the linear program of the same objective
/// solved by simplex (GLOP). The constraint matrix of a bipartite b-matching is totally unimodular, so
/// the LP optimum equals the integer optimum: a different formulation and algorithm reaching the same numbers.
/// </summary>
public class LinearProgramCrossCheckTests
{
    [Theory]
    [InlineData(11, 40, 25, 3, false)]
    [InlineData(12, 60, 15, 4, false)]
    [InlineData(13, 50, 30, 3, true)]
    [InlineData(14, 80, 20, 2, true)]
    public void Solver_matches_the_linear_program(int seed, int paperCount, int reviewerCount, int k, bool withAffinities)
    {
        var instance = RandomInstance(new Random(seed), paperCount, reviewerCount, k, withAffinities);
        var (count, score) = LexicographicLinearOptimum(instance);

        var result = AssignmentSolver.Solve(instance);

        Assert.Equal(count, result.Assigned);
        Assert.Equal(score, result.Objective, 1e-6);
        new ReferenceScoring(instance).AssertFeasible(result);
        Assert.NotEmpty(result.Shortfalls);
    }

    private static (int Count, double Score) LexicographicLinearOptimum(AssignmentInstance instance)
    {
        var scoring = new ReferenceScoring(instance);
        using var solver = Solver.CreateSolver("GLOP");
        var paperRows = instance.Papers.ToDictionary(p => p.Id, _ => solver.MakeConstraint(0, instance.ReviewsPerPaper));
        var reviewerRows = instance.Reviewers.ToDictionary(r => r.Id, r => solver.MakeConstraint(0, r.MaxLoad));
        var variables = new List<(Variable X, double Score)>();
        foreach (var paper in instance.Papers)
        {
            foreach (var reviewer in instance.Reviewers.Where(r => scoring.IsEligible(r.Id, paper.Id)))
            {
                var x = solver.MakeNumVar(0, 1, $"{reviewer.Id}-{paper.Id}");
                paperRows[paper.Id].SetCoefficient(x, 1);
                reviewerRows[reviewer.Id].SetCoefficient(x, 1);
                variables.Add((x, scoring.Score(reviewer.Id, paper.Id)));
            }
        }

        // First the most reviews; then, holding that count, the highest score.
        var objective = solver.Objective();
        objective.SetMaximization();
        variables.ForEach(v => objective.SetCoefficient(v.X, 1));
        Assert.Equal(Solver.ResultStatus.OPTIMAL, solver.Solve());
        var count = (int)Math.Round(objective.Value());

        var countRow = solver.MakeConstraint(count, double.PositiveInfinity);
        variables.ForEach(v => countRow.SetCoefficient(v.X, 1));
        variables.ForEach(v => objective.SetCoefficient(v.X, v.Score));
        Assert.Equal(Solver.ResultStatus.OPTIMAL, solver.Solve());
        return (count, objective.Value());
    }

    private static AssignmentInstance RandomInstance(Random random, int paperCount, int reviewerCount, int k, bool withAffinities)
    {
        string[] topics = ["A", "B", "C", "D", "E", "F"];
        var papers = Enumerable.Range(1, paperCount).Select(i => new Paper($"p{i}", topics.Where(_ => random.Next(3) == 0).ToList())).ToList();
        // Loads cover about 85% of the reviews wanted, so capacity binds and second choices are needed.
        var reviewers = Enumerable.Range(1, reviewerCount)
            .Select(i => new Reviewer($"r{i}", topics.Where(_ => random.Next(2) == 0).ToList(), random.Next(0, (int)(1.7 * paperCount * k / reviewerCount) + 1)))
            .ToList();
        var bids = new List<Bid>();
        var conflicts = new List<Conflict>();
        var affinities = new List<Affinity>();
        foreach (var paper in papers)
        {
            foreach (var reviewer in reviewers)
            {
                var draw = random.Next(20);
                if (draw < 4)
                {
                    bids.Add(new Bid(reviewer.Id, paper.Id, random.Next(-2, 3)));
                }
                else if (draw == 4)
                {
                    conflicts.Add(new Conflict(reviewer.Id, paper.Id));
                }

                if (withAffinities && random.Next(4) == 0)
                {
                    affinities.Add(new Affinity(reviewer.Id, paper.Id, random.NextDouble()));
                }
            }
        }

        return new AssignmentInstance
        {
            ReviewsPerPaper = k, Papers = papers, Reviewers = reviewers, Bids = bids, Conflicts = conflicts,
            Affinities = withAffinities ? affinities : null,
        };
    }
}
