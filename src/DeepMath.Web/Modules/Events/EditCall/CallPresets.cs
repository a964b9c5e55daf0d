using DeepMath.AbstractFormat;
using DeepMath.Web.Modules.Events.Contracts;

namespace DeepMath.Web.Modules.Events.EditCall;

/// <summary>
/// Starting points for the call form, applied to what the organizer typed without saving it: a call for
/// one-page abstracts with the DeepMath template (the defaults) or a call for papers (longer, references
/// anywhere, any template). Only the format rules and a still-default title change; dates, topics and the
/// blind mode stay as typed.
/// </summary>
public static class CallPresets
{
    public const string Abstracts = "abstracts";
    public const string Papers = "papers";
    public const string PapersTitle = "Call for papers";

    /// <summary>
    /// A call for papers: up to nine pages with references and appendix anywhere, written in the authors' usual
    /// style (NeurIPS, ICML, ...), so narrower margins, a 9 pt body font and no template marker.
    /// </summary>
    public static FormatRules PaperRules { get; } = FormatRules.Default with
    {
        MaxPages = 9,
        ReferencesOnlyFromPage = null,
        MarginLeft = 54,
        MarginRight = 54,
        MarginTop = 54,
        MarginBottom = 54,
        MinBodyFontSize = 9,
        TemplateKey = null,
    };

    /// <summary>Applies the preset named <paramref name="preset"/>; false when there is no such preset.</summary>
    public static bool Apply(CallForm form, string? preset)
    {
        var defaultTitle = new CallForm().Title;
        switch (preset)
        {
            case Abstracts:
                form.Title = form.Title == PapersTitle ? defaultTitle : form.Title;
                CopyRules(FormatRules.Default, form);
                form.Template = TemplateChoice.DeepMath;
                return true;
            case Papers:
                form.Title = string.IsNullOrWhiteSpace(form.Title) || form.Title == defaultTitle ? PapersTitle : form.Title;
                CopyRules(PaperRules, form);
                // Papers come in the authors' usual style; organizers who have a template of their own upload it instead.
                form.Template = form.Template == TemplateChoice.Own ? TemplateChoice.Own : TemplateChoice.None;
                return true;
            default:
                return false;
        }
    }

    /// <summary>Every format rule but the file size, which depends on the meeting's storage more than on the kind of call.</summary>
    private static void CopyRules(FormatRules rules, CallForm to)
    {
        to.MaxPages = rules.MaxPages;
        to.ReferencesOnlyAfterFirstPage = rules.ReferencesOnlyFromPage is not null;
        to.PageWidth = rules.PageWidth;
        to.PageHeight = rules.PageHeight;
        to.PageSizeTolerance = rules.PageSizeTolerance;
        to.MarginLeft = rules.MarginLeft;
        to.MarginRight = rules.MarginRight;
        to.MarginTop = rules.MarginTop;
        to.MarginBottom = rules.MarginBottom;
        to.MarginTolerance = rules.MarginTolerance;
        to.MinBodyFontSize = rules.MinBodyFontSize;
        to.FontSizeTolerance = rules.FontSizeTolerance;
        to.TemplateKey = rules.TemplateKey;
        to.CheckAnonymity = rules.CheckAnonymity;
        to.WarnOnAcknowledgments = rules.WarnOnAcknowledgments;
    }
}
