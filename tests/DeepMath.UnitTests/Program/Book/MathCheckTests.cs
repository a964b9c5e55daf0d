using DeepMath.Web.Modules.Program.Book.Typesetting;

namespace DeepMath.UnitTests.Program.Book;

public sealed class MathCheckTests
{
    [Theory]
    [InlineData(@"\int_0^1 f(x)\,dx = \frac{1}{2}")]
    [InlineData(@"\begin{pmatrix} a & b \\ c & d \end{pmatrix}")]
    [InlineData(@"\mathbb{E}\left[\|\nabla L(\theta)\|^2\right] \le \epsilon")]
    [InlineData(@"\operatorname*{argmax}_{w \in \mathbb{R}^d} \sum_{i=1}^n \ell(w; x_i)")]
    public void Ordinary_math_passes(string math) => Assert.NotNull(MathCheck.Check(math).Tex);

    [Theory]
    [InlineData(@"\input{/etc/passwd}", "input")]
    [InlineData(@"\include{x}", "include")]
    [InlineData(@"\write18{touch /tmp/x}", "write")]
    [InlineData(@"\immediate\write18{ls}", "immediate")]
    [InlineData(@"\catcode`\^=11", "catcode")]
    [InlineData(@"\def\a{\a}\a", "def")]
    [InlineData(@"\let\x\relax", "let")]
    [InlineData(@"\newcommand{\x}{y}", "newcommand")]
    [InlineData(@"\csname input\endcsname", "csname")]
    [InlineData(@"\directlua{os.execute('ls')}", "directlua")]
    [InlineData(@"\openin1=/etc/passwd", "openin")]
    [InlineData(@"\read16 to \x", "read")]
    [InlineData(@"\special{x}", "special")]
    [InlineData(@"\usepackage{shellesc}", "usepackage")]
    [InlineData(@"^^5cinput{/etc/passwd}", "^^")]
    [InlineData(@"\begin{verbatim}x\end{verbatim}", "verbatim")]
    [InlineData(@"\frac{a}{b", "never closed")]
    [InlineData(@"\begin{pmatrix} a \end{bmatrix}", "bmatrix")]
    public void Anything_not_allowed_is_refused_with_its_name(string math, string named)
    {
        var (tex, refusal) = MathCheck.Check(math);
        Assert.Null(tex);
        Assert.Contains(named, refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_percent_sign_is_printed_not_a_comment() =>
        Assert.Equal(@"50\% + x", MathCheck.Check("50% + x").Tex);

    [Theory]
    [InlineData("Price \\$5 and $x^2$ and \\(y\\) and $$z$$ and \\[w\\]", @"Price \$5 and \(x^2\) and \(y\) and \[z\] and \[w\]")]
    [InlineData("a_b & {c} #1 ~ ^", @"a\_b \& \{c\} \#1 \textasciitilde{} \textasciicircum{}")]
    [InlineData(@"\input{/etc/passwd}", @"\textbackslash{}input\{/etc/passwd\}")]
    public void Text_is_escaped_and_math_kept(string source, string expected) =>
        Assert.Equal(expected, AuthorText.ToTex(source).Tex);

    [Fact]
    public void Letters_latin_modern_lacks_switch_font_and_decomposed_accents_are_composed() =>
        Assert.Equal(@"{\dmx 王小明}, Ďurčeková, {\dmx Ольга} Zoë", TexEscape.Line("王小明, Ďurčeková, Ольга Zoe\u0308"));

    [Fact]
    public void An_unclosed_formula_is_refused_with_the_delimiter() =>
        Assert.Contains("never closed", AuthorText.ToTex("cost $O(n").Refusal, StringComparison.Ordinal);

    [Theory]
    [InlineData("Ada Lovelace", "Lovelace", "Ada")]
    [InlineData("Johannes Diderik van der Waals", "van der Waals", "Johannes Diderik")]
    [InlineData("Ďurčeková, Zuzana", "Ďurčeková", "Zuzana")]
    [InlineData("王小明", "王", "小明")]
    public void Names_split_family_first(string name, string family, string given) =>
        Assert.Equal(new AuthorName(family, given), AuthorName.Parse(name));
}
