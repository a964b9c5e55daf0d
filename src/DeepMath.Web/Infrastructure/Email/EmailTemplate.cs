using System.Text;
using System.Text.Encodings.Web;

namespace DeepMath.Web.Infrastructure.Email;

/// <summary>
/// Builds the two bodies of an e-mail from paragraphs and at most one call-to-action link, so that
/// every e-mail class states only its words. Every piece of text is HTML-encoded here.
/// </summary>
public sealed class EmailTemplate
{
    private readonly StringBuilder _text = new();
    private readonly StringBuilder _html = new();

    public EmailTemplate Paragraph(string text)
    {
        _text.AppendLine(text).AppendLine();
        // A line break inside a paragraph (an address, a reviewer's list) stays a line break in the HTML part too.
        _html.Append("<p>").Append(HtmlEncoder.Default.Encode(text.ReplaceLineEndings("\n")).Replace("&#xA;", "<br>\n", StringComparison.Ordinal)).Append("</p>\n");
        return this;
    }

    public EmailTemplate Action(string label, string url)
    {
        _text.AppendLine($"{label}: {url}").AppendLine();
        _html.Append("<p><a href=\"").Append(HtmlEncoder.Default.Encode(url)).Append("\">")
            .Append(HtmlEncoder.Default.Encode(label)).Append("</a></p>\n");
        return this;
    }

    public EmailMessage To(string address, string? name, string subject)
    {
        _text.AppendLine("— DeepMath");
        var html = $"<!doctype html><html><body style=\"font-family:sans-serif\">{_html}<p>— DeepMath</p></body></html>";
        return new EmailMessage(address, name, subject, _text.ToString(), html);
    }
}
