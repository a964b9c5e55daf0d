using DeepMath.Web.Modules.Events.Contracts;

namespace DeepMath.UnitTests.Modules.Events.Contracts;

public sealed class TopicOutlineTests
{
    [Fact]
    public void An_outline_reads_into_areas_and_paths_and_writes_back_the_same()
    {
        var (topics, errors) = TopicOutline.Parse("Optimization\n  - Edge of stability\n* Implicit bias\n\nGeneralization\n\tBenign overfitting\nRepresentations\n");

        Assert.Empty(errors);
        Assert.Equal(["Optimization", "Optimization › Edge of stability", "Optimization › Implicit bias", "Generalization", "Generalization › Benign overfitting", "Representations"], topics);
        Assert.Equal("Optimization\n  - Edge of stability\n  - Implicit bias\nGeneralization\n  - Benign overfitting\nRepresentations", TopicOutline.Format(topics));
        Assert.Equal(topics, TopicOutline.Parse(TopicOutline.Format(topics)).Topics);
        var areas = TopicOutline.Group(topics);
        Assert.Equal(["Optimization", "Generalization", "Representations"], areas.Select(a => a.Name));
        Assert.Equal(2, areas[0].SubTopics.Count);
        Assert.Empty(areas[2].SubTopics);
    }

    [Fact]
    public void A_flat_list_stays_a_flat_list() =>
        Assert.Equal(["Expressivity", "Generalization"], TopicOutline.Parse("Expressivity\r\nGeneralization").Topics);

    [Fact]
    public void A_sub_topic_stored_without_its_area_still_groups_under_it_but_cannot_be_chosen_as_the_area()
    {
        var area = Assert.Single(TopicOutline.Group(["Optimization › Edge of stability"]));
        Assert.Equal("Optimization", area.Name);
        Assert.False(area.Listed);
    }

    [Theory]
    [InlineData("- Orphan", "Line 1: the sub-topic \"Orphan\" has no area above it")]
    [InlineData("A\n  -   ", "Line 2 has a dash but no sub-topic after it")]
    [InlineData("A › B", "Line 1: \"A › B\" contains '›'")]
    public void Each_mistake_names_its_line_and_what_to_do(string outline, string message)
    {
        var error = Assert.Single(TopicOutline.Parse(outline).Errors);
        Assert.StartsWith(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_long_names_and_too_many_areas_are_refused()
    {
        Assert.Contains("at most 100", Assert.Single(TopicOutline.Parse(new string('x', 101)).Errors), StringComparison.Ordinal);
        var many = string.Join('\n', Enumerable.Range(1, 51).Select(i => $"Area {i}"));
        Assert.Contains("this list has 51 areas", Assert.Single(TopicOutline.Parse(many).Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void A_repeated_area_or_sub_topic_counts_once_and_sub_topics_under_a_repeat_join_the_first() =>
        Assert.Equal(["A", "A › x", "A › y", "B"], TopicOutline.Parse("A\n  - x\nB\na\n  - X\n  - y").Topics);
}
