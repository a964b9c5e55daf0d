using Microsoft.AspNetCore.Razor.TagHelpers;

namespace DeepMath.Web.Infrastructure.Web;

/// <summary>
/// Every table of every page sits in a box of its own that scrolls sideways, so that a table wider than a
/// phone's screen scrolls inside that box instead of widening the page. Done here once rather than page by
/// page, so that a new table cannot forget it; a table marked <c>data-no-scroll</c> is left alone.
/// </summary>
[HtmlTargetElement("table")]
public sealed class ScrollingTableTagHelper : TagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (output.Attributes.ContainsName("data-no-scroll"))
        {
            return;
        }
        output.PreElement.SetHtmlContent("<div class=\"table-scroll\">");
        output.PostElement.SetHtmlContent("</div>");
    }
}
