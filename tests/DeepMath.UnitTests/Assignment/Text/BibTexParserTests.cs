using DeepMath.Assignment.Text;

namespace DeepMath.UnitTests.Assignment.Text;

public sealed class BibTexParserTests
{
    private const string Sample = """
        % exported from a reference manager
        @string{jmlr = "Journal of Machine Learning Research"}
        @comment{ anything {here} }
        @Article{Smith2024,
          author = {Smith, Ann and Lee, Bo},
          title = {On the {Implicit} Bias of {G}radient Descent},
          journal = jmlr,
          year = 2024,
          abstract = "We study {gradient} descent " # "on separable data.",
        }
        Text between entries is a comment.
        @inproceedings(Lee23, title={Sharp Bounds}, booktitle={COLT})
        @misc{NoText, howpublished = {online}}
        """;

    [Fact]
    public void Entries_fields_nested_braces_quotes_concatenation_and_parentheses_are_read()
    {
        var entries = BibTexParser.Parse(Sample);

        Assert.Equal(["Smith2024", "Lee23", "NoText"], entries.Select(e => e.Key));
        var first = entries[0];
        Assert.Equal("article", first.Type);
        Assert.Equal(4, first.Line);
        Assert.Equal("On the {Implicit} Bias of {G}radient Descent", first.Field("title"));
        Assert.Equal("On the Implicit Bias of Gradient Descent", BibTexParser.Clean(first.Field("title")!));
        Assert.Equal("We study {gradient} descent on separable data.", first.Field("abstract"));
        Assert.Equal("2024", first.Field("year"));
        Assert.Equal("jmlr", first.Field("journal"));
        Assert.Equal("Sharp Bounds", entries[1].Field("title"));
    }

    [Fact]
    public void Publication_text_keeps_titles_and_abstracts_and_never_the_authors()
    {
        var text = PublicationText.Extract(Sample);

        Assert.True(text.FromBibTex);
        Assert.Equal(2, text.Entries);
        Assert.Equal("On the Implicit Bias of Gradient Descent. We study gradient descent on separable data.\nSharp Bounds", text.Text);
        Assert.DoesNotContain("Smith", text.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_titles_and_abstracts_are_taken_as_written()
    {
        var text = PublicationText.Extract("  Deep ReLU networks\r\n\r\nApproximation rates for Sobolev functions.  \n");

        Assert.False(text.FromBibTex);
        Assert.Equal(2, text.Entries);
        Assert.Equal("Deep ReLU networks\nApproximation rates for Sobolev functions.", text.Text);
        Assert.Equal(string.Empty, PublicationText.Extract(null).Text);
        Assert.False(BibTexParser.LooksLikeBibTex("write to me @ home or ann@example.org {not bibtex}"));
    }

    [Theory]
    [InlineData("@article{a,\n title = {Open brace\n}", "Line 1", "not closed")]
    [InlineData("@article{a, title = {x}}\n@article{b,\n abstract = {never {closed}\n", "Line 3", "never closed")]
    [InlineData("@article{a,\n title {missing equals}}", "Line 2", "expected a field like title = {...}")]
    [InlineData("@article{a,\n title = \"unclosed }", "Line 2", "never closed")]
    [InlineData("@article{a,\n title = ,}", "Line 2", "in braces or quotes")]
    public void Bad_bibtex_gets_a_message_naming_the_line_and_the_problem(string input, string line, string problem)
    {
        var error = Assert.Throws<BibTexException>(() => PublicationText.Extract(input));

        Assert.Contains(line, error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bibtex_without_any_title_or_abstract_is_refused_with_the_reason()
    {
        var error = Assert.Throws<BibTexException>(() => PublicationText.Extract("@misc{a, note = {x}}\n@misc{b, note = {y}}"));

        Assert.Contains("None of the 2 BibTeX entries has a title or an abstract", error.Message, StringComparison.Ordinal);
    }
}
