using DeepMath.Assignment;
using DeepMath.Assignment.Text;

namespace DeepMath.UnitTests.Assignment.Text;

public sealed class TextAffinityTests
{
    [Fact]
    public void The_tokenizer_lowercases_drops_stop_words_digits_and_latex_commands_and_stems_inflections()
    {
        var terms = TextTokenizer.Terms(@"The Training of Deep Networks via \emph{scaling} laws in $\mathbb{R}^2$, 2024");

        Assert.Equal(["train", "deep", "network", "scal", "law"], terms);
        Assert.Equal("network", TextTokenizer.Stem("networks"));
        Assert.Equal("learn", TextTokenizer.Stem("learning"));
        Assert.Equal("learn", TextTokenizer.Stem("learned"));
        Assert.Equal("theory", TextTokenizer.Stem("theories"));
        Assert.Equal(TextTokenizer.Stem("scale"), TextTokenizer.Stem("scaling"));
        Assert.Equal("class", TextTokenizer.Stem("class"));
        Assert.Equal("analysis", TextTokenizer.Stem("analysis"));
    }

    [Fact]
    public void The_tf_idf_cosine_matches_a_hand_computed_example()
    {
        // Documents: "graph graph network", "graph", "kernel"; N = 3.
        // idf(graph) = ln(4/3) + 1 = 1.287682, idf(network) = ln(4/2) + 1 = 1.693147.
        // Document 0: graph (1 + ln 2) × 1.287682 = 2.180235, network 1 × 1.693147; length 2.760465.
        // Document 1 is graph alone, a unit vector on graph; cosine = 2.180235 / 2.760465 = 0.789807.
        var vectors = TermVectors.Build(["graph graph network", "graph", "kernel"]);

        Assert.Equal(0.7898069, vectors.Cosine(0, 1), 6);
        Assert.Equal(0, vectors.Cosine(0, 2), 9);
        Assert.Equal(1, vectors.Cosine(2, 2), 9);
    }

    [Fact]
    public void Each_paper_keeps_its_top_n_reviewers_best_first_and_others_count_zero()
    {
        string?[] papers = ["sparse graph neural networks", "optimal transport"];
        string?[] reviewers = ["graph networks", "neural graph networks sparse", "transport maps", null];

        var text = new TextAffinity(papers, reviewers, topN: 1);

        Assert.Equal([1], text.Best(0).Select(b => b.Reviewer));
        Assert.Equal(0, text.Of(0, 0));
        Assert.True(text.Of(0, 1) > 0.5);
        Assert.Equal([2], text.Best(1).Select(b => b.Reviewer));
        Assert.Equal(0, text.Of(1, 3));
        Assert.True(new TextAffinity(papers, reviewers).Of(0, 0) > 0);
    }

    [Fact]
    public void A_pair_score_is_topic_weight_times_share_plus_text_weight_times_cosine_plus_bid_weight_times_bid()
    {
        var papers = new List<Paper> { new("p1", ["ML"]) { Text = "Kernel methods for optimal transport" } };
        var reviewers = new List<Reviewer>
        {
            new("topics", ["ML"], 1) { Expertise = "Reinforcement learning" },
            new("text", [], 1) { Expertise = "Optimal transport and kernel methods" },
        };
        var bids = new List<Bid> { new("text", "p1", 1) };
        var instance = new AssignmentInstance
        {
            ReviewsPerPaper = 1, Papers = papers, Reviewers = reviewers, Bids = bids, TopicWeight = 0.5, TextWeight = 2, BidWeight = 0.25,
        };
        var cosine = new TextAffinity(["Kernel methods for optimal transport"], ["Reinforcement learning", "Optimal transport and kernel methods"]).Of(0, 1);

        var result = AssignmentSolver.Solve(instance);

        Assert.Equal([new ReviewAssignment("text", "p1")], result.Assignments);
        Assert.Equal((0.5 * 0) + (2 * cosine) + (0.25 * 1), result.Scores[0], 9);
        Assert.True(cosine > 0.25, $"cosine {cosine}");
        // Without the text term the topic match wins.
        Assert.Equal("topics", AssignmentSolver.Solve(new AssignmentInstance { ReviewsPerPaper = 1, Papers = papers, Reviewers = reviewers }).Assignments[0].Reviewer);
    }

    [Fact]
    public void Without_a_text_weight_scores_are_exactly_the_topic_shares_as_before()
    {
        var papers = new List<Paper> { new("p1", ["A", "B", "C"]) { Text = "words" } };
        var reviewers = new List<Reviewer> { new("r1", ["A"], 1) { Expertise = "words" } };

        var result = AssignmentSolver.Solve(new AssignmentInstance { ReviewsPerPaper = 1, Papers = papers, Reviewers = reviewers });

        Assert.Equal(1.0 / 3, result.Scores[0], 12);
    }

    [Fact]
    public void Given_affinities_are_combined_with_text_under_the_same_weights_when_texts_are_present()
    {
        var papers = new List<Paper> { new("p1", []) { Text = "Kernel methods for optimal transport" } };
        var reviewers = new List<Reviewer>
        {
            new("given", [], 1) { Expertise = "Reinforcement learning" },
            new("text", [], 1) { Expertise = "Optimal transport and kernel methods" },
            new("unlisted", [], 1) { Expertise = "Kernel methods" },
        };
        var affinities = new List<Affinity> { new("given", "p1", 0.6), new("text", "p1", 0.2) };
        var texts = new TextAffinity(
            ["Kernel methods for optimal transport"], ["Reinforcement learning", "Optimal transport and kernel methods", "Kernel methods"]);
        var instance = new AssignmentInstance
        {
            ReviewsPerPaper = 1, Papers = papers, Reviewers = reviewers, Affinities = affinities, TopicWeight = 0.5, TextWeight = 2,
        };

        var result = AssignmentSolver.Solve(instance);

        // 0.5 × 0.2 + 2 × cosine beats 0.5 × 0.6 + 2 × 0: the text decides, under the weights stated.
        Assert.Equal([new ReviewAssignment("text", "p1")], result.Assignments);
        Assert.Equal((0.5 * 0.2) + (2 * texts.Of(0, 1)), result.Scores[0], 9);
        Assert.Equal(0, texts.Of(0, 0));

        // A reviewer outside the given affinities but similar by text is a candidate, scored by text alone.
        var withoutText = AssignmentSolver.Solve(new AssignmentInstance
        {
            ReviewsPerPaper = 1, Papers = papers, Reviewers = reviewers, TopicWeight = 0.5, TextWeight = 2,
            Affinities = [new("given", "p1", 0.6)],
            Conflicts = [new Conflict("text", "p1")],
        });
        Assert.Equal([new ReviewAssignment("unlisted", "p1")], withoutText.Assignments);
        Assert.Equal(2 * texts.Of(0, 2), withoutText.Scores[0], 9);
    }

    [Fact]
    public void Given_affinities_without_texts_on_both_sides_are_used_as_they_are()
    {
        var papers = new List<Paper> { new("p1", []) };
        var reviewers = new List<Reviewer> { new("r1", [], 1) { Expertise = "Kernel methods" }, new("r2", [], 1) };
        var instance = new AssignmentInstance
        {
            ReviewsPerPaper = 1, Papers = papers, Reviewers = reviewers, TopicWeight = 0.5, TextWeight = 2,
            Affinities = [new("r1", "p1", 0.3), new("r2", "p1", 0.7)],
        };

        var result = AssignmentSolver.Solve(instance);

        Assert.Equal([new ReviewAssignment("r2", "p1")], result.Assignments);
        Assert.Equal(0.7, result.Scores[0], 12);
    }
}
