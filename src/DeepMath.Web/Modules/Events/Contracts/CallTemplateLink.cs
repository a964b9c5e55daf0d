namespace DeepMath.Web.Modules.Events.Contracts;

/// <summary>
/// What a page needs to offer a call's template (the partial /Modules/Events/TemplateDownload/_CallTemplate.cshtml):
/// the call, which template it has, its own file's name, and the marker its PDFs must carry (null: none is checked).
/// </summary>
public sealed record CallTemplateLink(string EventSlug, Guid CallId, TemplateChoice Choice, string? FileName, string? MarkerKey)
{
    public static CallTemplateLink Of(CallInfo call) =>
        new(call.EventSlug, call.CallId, call.Template, call.TemplateFileName, call.FormatRules.TemplateKey);
}
