using System.Text;
using System.Text.Json;
using DeepMath.Assignment;

namespace DeepMath.UnitTests.Assignment;

public class AssignmentJsonTests
{
    [Fact]
    public void Reads_the_format_of_the_issue()
    {
        const string Json = """
            {"reviewsPerPaper":3, "bidWeight":0.5, "papers":[{"id":"p1","topics":["Optimization"]}],
             "reviewers":[{"id":"r1","topics":["Optimization"],"maxLoad":6}],
             "bids":[{"reviewer":"r1","paper":"p1","value":2}], "conflicts":[{"reviewer":"r1","paper":"p1"}],
             "affinities":[{"reviewer":"r1","paper":"p1","score":0.82}], "comment":{"ignored":[1,{"a":[]}]}}
            """;

        var instance = Read(Json);

        Assert.Equal(3, instance.ReviewsPerPaper);
        Assert.Equal(0.5, instance.BidWeight);
        Assert.Equal("p1", Assert.Single(instance.Papers).Id);
        Assert.Equal(["Optimization"], instance.Papers[0].Topics);
        Assert.Equal(new Reviewer("r1", instance.Reviewers[0].Topics, 6), Assert.Single(instance.Reviewers));
        Assert.Equal(new Bid("r1", "p1", 2), Assert.Single(instance.Bids));
        Assert.Equal(new Conflict("r1", "p1"), Assert.Single(instance.Conflicts));
        Assert.Equal(new Affinity("r1", "p1", 0.82), Assert.Single(instance.Affinities!));
    }

    [Fact]
    public void Optional_parts_default_and_topics_mode_has_no_affinities()
    {
        var instance = Read("""{"reviewsPerPaper":1,"papers":[],"reviewers":[]}""");

        Assert.Equal(AssignmentInstance.DefaultBidWeight, instance.BidWeight);
        Assert.Null(instance.Affinities);
        Assert.Empty(instance.Bids);
        Assert.Empty(instance.Conflicts);
        Assert.Empty(instance.ExistingAssignments);
    }

    [Fact]
    public void A_large_instance_round_trips_through_a_stream_that_trickles()
    {
        // Far larger than the reader's window, with one id longer than the window, read a few bytes at a time.
        var longId = new string('x', 100_000);
        var papers = Enumerable.Range(1, 300).Select(i => new Paper($"p{i}", ["Optimization", "Généralisation \"quoted\""])).Append(new Paper(longId, [])).ToList();
        var reviewers = Enumerable.Range(1, 50).Select(i => new Reviewer($"r{i}", ["Optimization"], 7)).ToList();
        var original = new AssignmentInstance
        {
            ReviewsPerPaper = 2,
            Papers = papers,
            Reviewers = reviewers,
            Bids = papers.Select((p, i) => new Bid($"r{(i % 50) + 1}", p.Id, (i % 5) - 2)).ToList(),
            Conflicts = [new Conflict("r1", longId)],
            Affinities = papers.SelectMany(p => reviewers.Select(r => new Affinity(r.Id, p.Id, 0.125))).ToList(),
            ExistingAssignments = [new ReviewAssignment("r2", "p1")],
        };
        var bytes = new MemoryStream();
        AssignmentJson.WriteInstance(bytes, original);
        Assert.True(bytes.Length > 500_000);

        var copy = AssignmentJson.ReadInstance(new TrickleStream(bytes.ToArray()));

        Assert.Equal(original.Papers.Select(p => (p.Id, string.Join("|", p.Topics))), copy.Papers.Select(p => (p.Id, string.Join("|", p.Topics))));
        Assert.Equal(original.Reviewers.Select(r => (r.Id, r.MaxLoad)), copy.Reviewers.Select(r => (r.Id, r.MaxLoad)));
        Assert.Equal(original.Bids, copy.Bids);
        Assert.Equal(original.Conflicts, copy.Conflicts);
        Assert.Equal(original.Affinities, copy.Affinities);
        Assert.Equal(original.ExistingAssignments, copy.ExistingAssignments);
        // Ids repeated across millions of pairs share one string.
        Assert.Same(copy.Reviewers[0].Id, copy.Affinities!.First(a => a.Reviewer == "r1").Reviewer);
    }

    [Theory]
    [InlineData("""{"reviewsPerPaper":1,"papers":[],"reviewers":[""", "end of the JSON")]
    [InlineData("""{"papers":[],"reviewers":[]}""", "reviewsPerPaper")]
    [InlineData("""{"reviewsPerPaper":1,"papers":[],"reviewers":[{"id":"r1","topics":[]}]}""", "maxLoad")]
    [InlineData("""{"reviewsPerPaper":1,"papers":[{"topics":[]}],"reviewers":[]}""", "id")]
    [InlineData("""{"reviewsPerPaper":"three","papers":[],"reviewers":[]}""", "wrong type")]
    [InlineData("""[1,2]""", "object")]
    public void Malformed_instances_are_refused_with_a_reason(string json, string reason)
    {
        var error = Assert.ThrowsAny<JsonException>(() => Read(json));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Result_has_the_fields_of_the_issue()
    {
        var result = new AssignmentResult
        {
            Assignments = [new ReviewAssignment("r1", "p1")], Objective = 1.25, Shortfalls = [],
        };
        var bytes = new MemoryStream();

        AssignmentJson.WriteResult(bytes, result, 0.5);

        Assert.Equal(
            """{"assignments":[{"reviewer":"r1","paper":"p1"}],"assigned":1,"objective":1.25,"seconds":0.5}""",
            Encoding.UTF8.GetString(bytes.ToArray()));
    }

    private static AssignmentInstance Read(string json) => AssignmentJson.ReadInstance(new MemoryStream(Encoding.UTF8.GetBytes(json)));

    /// <summary>Hands out at most 7 bytes per read, as a pipe or a slow disk may.</summary>
    private sealed class TrickleStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 7));
    }
}
