using DeepMath.Web.Modules.Decisions.Domain;
using DeepMath.Web.Modules.Events.Contracts;

namespace DeepMath.Web.Modules.Decisions.Templates;

/// <summary>The template editor as shown: the saved template (or the default) and its preview for one submission.</summary>
public sealed class TemplatesPageQuery(TemplatesQuery templates, TemplateHandler handler)
{
    /// <summary>The editor opened on an outcome: its saved template, else the default text.</summary>
    public async Task<TemplatesPage> OpenAsync(CallInfo call, IReadOnlyList<DecisionOutcome> known, DecisionOutcome chosen, int? number, CancellationToken cancellationToken)
    {
        var saved = await templates.SavedAsync(call.CallId, chosen.Key, cancellationToken);
        var subject = saved?.Subject ?? DefaultTemplates.Subject(chosen);
        var body = saved?.Body ?? DefaultTemplates.Body(chosen);
        return await PageAsync(call, known, chosen, subject, body, number, [], cancellationToken);
    }

    /// <summary>
    /// The editor with the text as typed, previewed for submission <paramref name="number"/> (or the first with the outcome);
    /// no preview is rendered from a text with <paramref name="errors"/> when <paramref name="renderPreview"/> is false.
    /// </summary>
    public async Task<TemplatesPage> PageAsync(CallInfo call, IReadOnlyList<DecisionOutcome> known, DecisionOutcome chosen, string subject, string body, int? number,
        IEnumerable<string> errors, CancellationToken cancellationToken, bool renderPreview = true)
    {
        var isSaved = await templates.SavedAsync(call.CallId, chosen.Key, cancellationToken) is not null;
        var errorList = errors.ToList();
        var target = await handler.PreviewSubmissionAsync(call.CallId, chosen.Key, number, cancellationToken);
        if (number is not null && target is null)
        {
            errorList.Add($"There is no submitted abstract number {number}; the preview shows none.");
        }
        var preview = renderPreview && target is { } t ? await handler.RenderAsync(call, t.Id, chosen, subject, body, null, false, cancellationToken) : null;
        return new TemplatesPage(call, known, chosen, subject, body, isSaved, target?.Number, preview, errorList);
    }
}
