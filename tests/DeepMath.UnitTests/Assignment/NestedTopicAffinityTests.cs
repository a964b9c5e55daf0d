using DeepMath.Assignment;

namespace DeepMath.UnitTests.Assignment;

/// <summary>
/// Two-level topics: an exact match counts 1, a topic that only shares its area counts
/// <see cref="NestedTopics.SharedAreaWeight"/> (0.5, stated in the README), another area 0; both the plain
/// function the web shows and the solver's precomputed affinity.
/// </summary>
public class NestedTopicAffinityTests
{
    private const string Optimization = "Optimization";
    private static readonly string EdgeOfStability = NestedTopics.Path(Optimization, "Edge of stability");
    private static readonly string ImplicitBias = NestedTopics.Path(Optimization, "Implicit bias");
    private static readonly string ScalingLaws = NestedTopics.Path("Foundation models", "Scaling laws");

    public static TheoryData<string[], string[], double> Cases => new()
    {
        { [EdgeOfStability], [EdgeOfStability], 1.0 },          // exact sub-topic
        { [EdgeOfStability], [ImplicitBias], 0.5 },             // sibling sub-topic: same area
        { [EdgeOfStability], [ScalingLaws], 0.0 },              // different area
        { [Optimization], [Optimization], 1.0 },                // whole area chosen by both
        { [Optimization], [ImplicitBias], 0.5 },                // paper on the whole area, reviewer on one sub-topic
        { [EdgeOfStability], [Optimization], 0.5 },             // reviewer declared the whole area
        { [EdgeOfStability, ScalingLaws], [ImplicitBias, ScalingLaws], 0.75 }, // mean of 0.5 and 1
        { ["Flat topic"], ["Flat topic"], 1.0 },                // flat topics keep working
        { ["Flat topic"], ["Other flat topic"], 0.0 },
        { [], [EdgeOfStability], 0.0 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_function_scores_exact_full_shared_area_half_and_other_areas_zero(string[] paper, string[] reviewer, double expected)
    {
        Assert.Equal(0.5, NestedTopics.SharedAreaWeight);
        Assert.Equal(expected, NestedTopics.Affinity(paper, reviewer), 9);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_solver_scores_a_pair_the_same_way(string[] paper, string[] reviewer, double expected)
    {
        var instance = new AssignmentInstance
        {
            ReviewsPerPaper = 1,
            Papers = [new Paper("p", paper)],
            Reviewers = [new Reviewer("r", reviewer, 1)],
        };

        var result = AssignmentSolver.Solve(instance);

        Assert.Equal(1, result.Assigned);
        Assert.Equal(expected, result.Objective, 9);
    }

    [Fact]
    public void The_solver_prefers_the_exact_sub_topic_then_the_same_area()
    {
        var instance = new AssignmentInstance
        {
            ReviewsPerPaper = 1,
            Papers = [new Paper("eos", [EdgeOfStability])],
            Reviewers = [new Reviewer("other-area", [ScalingLaws], 1), new Reviewer("sibling", [ImplicitBias], 1), new Reviewer("exact", [EdgeOfStability], 1)],
        };
        Assert.Equal("exact", Assert.Single(AssignmentSolver.Solve(instance).Assignments).Reviewer);

        var withoutExact = new AssignmentInstance { ReviewsPerPaper = 1, Papers = instance.Papers, Reviewers = [.. instance.Reviewers.Take(2)] };
        Assert.Equal("sibling", Assert.Single(AssignmentSolver.Solve(withoutExact).Assignments).Reviewer);
    }

    [Theory]
    [InlineData("Optimization", "Optimization", null)]
    [InlineData("Optimization › Edge of stability", "Optimization", "Edge of stability")]
    public void A_path_splits_into_area_and_sub_topic(string topic, string area, string? subTopic)
    {
        Assert.Equal(area, NestedTopics.AreaOf(topic));
        Assert.Equal(subTopic, NestedTopics.SubTopicOf(topic));
        Assert.True(NestedTopics.IsWithin(topic, area));
        Assert.False(NestedTopics.IsWithin(topic, "Optim"));
    }
}
