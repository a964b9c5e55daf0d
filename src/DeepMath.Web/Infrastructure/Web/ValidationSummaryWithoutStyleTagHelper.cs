using Microsoft.AspNetCore.Razor.TagHelpers;

namespace DeepMath.Web.Infrastructure.Web;

/// <summary>
/// An error-free validation summary is rendered with a placeholder <c>&lt;li style="display:none"&gt;</c>
/// for client-side validation, which the Content-Security-Policy (no inline style) refuses. The
/// placeholder is kept, hidden with the hidden attribute instead; the empty summary itself is hidden by site.css.
/// </summary>
[HtmlTargetElement("div", Attributes = "asp-validation-summary")]
public sealed class ValidationSummaryWithoutStyleTagHelper : TagHelper
{
    private const string StyledPlaceholder = "<li style=\"display:none\"></li>";

    // After ASP.NET Core's ValidationSummaryTagHelper (order -1000) has written the list.
    public override int Order => 0;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var list = output.PostContent.GetContent();
        if (list.Contains(StyledPlaceholder, StringComparison.Ordinal))
        {
            output.PostContent.SetHtmlContent(list.Replace(StyledPlaceholder, "<li hidden></li>", StringComparison.Ordinal));
        }
    }
}
