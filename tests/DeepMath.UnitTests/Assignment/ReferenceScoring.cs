using DeepMath.Assignment;

namespace DeepMath.UnitTests.Assignment;

/// <summary>
/// The rules written out plainly, independently of the solver's indexing: which pairs are
/// eligible, what each scores, and whether an assignment respects k, loads and conflicts.
/// </summary>
internal sealed class ReferenceScoring
{
    private readonly AssignmentInstance _instance;
    private readonly Dictionary<(string Reviewer, string Paper), int> _bids = [];
    private readonly HashSet<(string Reviewer, string Paper)> _conflicts = [];
    private readonly Dictionary<(string Reviewer, string Paper), double>? _affinities;

    public ReferenceScoring(AssignmentInstance instance)
    {
        _instance = instance;
        foreach (var bid in instance.Bids)
        {
            _bids[(bid.Reviewer, bid.Paper)] = bid.Value;
        }

        foreach (var conflict in instance.Conflicts)
        {
            _conflicts.Add((conflict.Reviewer, conflict.Paper));
        }

        if (instance.Affinities is not null)
        {
            _affinities = [];
            foreach (var affinity in instance.Affinities)
            {
                _affinities[(affinity.Reviewer, affinity.Paper)] = affinity.Score;
            }
        }
    }

    public bool IsEligible(string reviewer, string paper)
    {
        var bid = _bids.GetValueOrDefault((reviewer, paper));
        if (_conflicts.Contains((reviewer, paper)) || bid == -2)
        {
            return false;
        }

        return _affinities is null || _affinities.ContainsKey((reviewer, paper)) || _bids.ContainsKey((reviewer, paper));
    }

    public double Score(string reviewer, string paper)
    {
        double affinity;
        if (_affinities is not null)
        {
            affinity = _affinities.GetValueOrDefault((reviewer, paper));
        }
        else
        {
            var paperTopics = _instance.Papers.Single(p => p.Id == paper).Topics.Distinct().ToList();
            var reviewerTopics = _instance.Reviewers.Single(r => r.Id == reviewer).Topics;
            // Nested topics: exact 1, sharing the part before " › " with any listed topic 0.5.
            static string Area(string topic) => topic.Split(" › ")[0];
            affinity = paperTopics.Count == 0 ? 0
                : paperTopics.Sum(t => reviewerTopics.Contains(t) ? 1 : reviewerTopics.Any(r => Area(r) == Area(t)) ? 0.5 : 0) / paperTopics.Count;
        }

        return affinity + (_instance.BidWeight * _bids.GetValueOrDefault((reviewer, paper)));
    }

    /// <summary>Asserts the result is feasible and its objective is the sum of its scores; returns that sum.</summary>
    public double AssertFeasible(AssignmentResult result)
    {
        Assert.Equal(result.Assignments.Count, result.Assignments.Distinct().Count());
        Assert.Equal(result.Assignments.Count, result.Assigned);
        var kept = _instance.ExistingAssignments.ToHashSet();
        foreach (var (reviewer, paper) in result.Assignments)
        {
            if (!kept.Contains(new ReviewAssignment(reviewer, paper)))
            {
                Assert.True(IsEligible(reviewer, paper), $"{reviewer} is not eligible for {paper}");
            }

            Assert.DoesNotContain((reviewer, paper), _conflicts);
        }

        foreach (var paper in _instance.Papers)
        {
            var extra = result.Assignments.Count(a => a.Paper == paper.Id && !kept.Contains(a));
            var keptCount = kept.Count(a => a.Paper == paper.Id);
            Assert.True(extra + keptCount <= Math.Max(_instance.ReviewsPerPaper, keptCount), $"{paper.Id} has too many reviews");
        }

        foreach (var reviewer in _instance.Reviewers)
        {
            var extra = result.Assignments.Count(a => a.Reviewer == reviewer.Id && !kept.Contains(a));
            var keptCount = kept.Count(a => a.Reviewer == reviewer.Id);
            Assert.True(extra + keptCount <= Math.Max(reviewer.MaxLoad, keptCount), $"{reviewer.Id} is over their maximum load");
        }

        var total = result.Assignments.Sum(a => Score(a.Reviewer, a.Paper));
        Assert.Equal(total, result.Objective, 1e-6);
        return total;
    }
}
