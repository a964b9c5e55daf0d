using System.Text.Encodings.Web;
using DeepMath.Web.Infrastructure.Markdown;

namespace DeepMath.UnitTests.Infrastructure.Markdown;

public sealed class MarkdownRendererTests
{
    private static string Render(string? markdown)
    {
        using var writer = new StringWriter();
        new MarkdownRenderer().Render(markdown).WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }

    [Fact]
    public void Renders_markdown()
    {
        var html = Render("# Call\n\nSubmit **one page** to [DeepMath](https://deepmath.org).\n\n- a\n- b");

        Assert.Contains("<h1", html, StringComparison.Ordinal);
        Assert.Contains("<strong>one page</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://deepmath.org\">DeepMath</a>", html, StringComparison.Ordinal);
        Assert.Contains("<li>a</li>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \n ")]
    public void Nothing_renders_as_nothing(string? markdown) => Assert.Equal(string.Empty, Render(markdown));

    [Fact]
    public void Script_is_removed()
    {
        var html = Render("Hello <script>alert('x')</script> world");

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("alert", html, StringComparison.Ordinal);
        Assert.Contains("Hello", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Event_handler_is_removed()
    {
        var html = Render("<img src=\"https://deepmath.org/x.png\" onerror=\"alert(1)\">");

        Assert.DoesNotContain("onerror", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("https://deepmath.org/x.png", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("<a href=\"javascript:alert(1)\">click</a>")]
    [InlineData("<a href=\"JaVaScRiPt:alert(1)\">click</a>")]
    public void Javascript_link_is_removed(string markdown)
    {
        var html = Render(markdown);

        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("click", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Iframe_is_removed()
    {
        var html = Render("Watch <iframe src=\"https://evil.example\"></iframe> this");

        Assert.DoesNotContain("iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("evil.example", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Mailto_links_are_kept()
    {
        var html = Render("[Write to us](mailto:chairs@deepmath.org)");

        Assert.Contains("href=\"mailto:chairs@deepmath.org\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_text_is_html_escaped()
    {
        var html = Render("If a < b & c > d then \"x\"");

        Assert.Contains("a &lt; b &amp; c &gt; d", html, StringComparison.Ordinal);
    }
}
