using DeepMath.AbstractFormat.Text;

namespace DeepMath.UnitTests.AbstractFormat;

public class TextNormalizationTests
{
    [Theory]
    [InlineData("Zoë Müller-Łukasiewicz", "zoe muller-lukasiewicz")]
    [InlineData("ﬁne ﬂow eﬃcient", "fine flow efficient")]
    [InlineData("STRAẞE Øresund Æsir", "strasse oresund aesir")]
    [InlineData("Dvořák Şimşek", "dvorak simsek")]
    public void Folding_removes_case_diacritics_and_ligatures(string text, string folded)
    {
        Assert.Equal(folded, TextFolding.Fold(text));
    }

    [Fact]
    public void Hyphens_join_words_and_apostrophes_split_them()
    {
        var words = Tokenizer.Tokenize("Lind-\nqvist's fan-in, O’Brien").Select(t => t.Value);

        Assert.Equal(["lindqvist", "s", "fanin", "o", "brien"], words);
    }

    [Fact]
    public void A_separate_accent_glyph_does_not_split_the_word()
    {
        var words = Tokenizer.Tokenize("Zo\u00A8e").Select(t => t.Value);

        Assert.Equal(["zoe"], words);
    }

    [Fact]
    public void Email_addresses_are_not_read_as_names()
    {
        Assert.Empty(Tokenizer.Tokenize("s.okafor@cs.example.com"));
    }

    [Fact]
    public void Name_variants_are_full_short_and_initial_forms_but_never_the_family_name_alone()
    {
        var variants = NameVariants.For("Maria Anna Schmidt").Select(v => string.Join(' ', v)).ToList();

        Assert.Equal(["maria anna schmidt", "maria schmidt", "m anna schmidt", "m schmidt"], variants);
        Assert.Empty(NameVariants.For("Fan"));
    }

    [Theory]
    [InlineData("References", true)]
    [InlineData("BIBLIOGRAPHY", true)]
    [InlineData("5 References", true)]
    [InlineData("References:", true)]
    [InlineData("References to earlier work show", false)]
    [InlineData("See the references", false)]
    public void References_heading_stands_alone(string line, bool heading)
    {
        Assert.Equal(heading, Headings.IsReferences(line));
    }

    [Theory]
    [InlineData("Acknowledgments", true)]
    [InlineData("Acknowledgements", true)]
    [InlineData("Acknowledgments. We thank the reviewers.", true)]
    [InlineData("6 Acknowledgement", true)]
    [InlineData("We leave out acknowledgments here.", false)]
    public void Acknowledgments_heading_is_recognized(string line, bool heading)
    {
        Assert.Equal(heading, Headings.IsAcknowledgments(line));
    }
}
