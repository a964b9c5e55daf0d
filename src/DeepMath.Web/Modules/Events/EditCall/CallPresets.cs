using DeepMath.AbstractFormat;

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

    public const int PaperPages = 9;
    public const double PaperMargin = 54;

    /// <summary>Applies the preset named <paramref name="preset"/>; false when there is no such preset.</summary>
    public static bool Apply(CallForm form, string? preset)
    {
        var defaults = new CallForm();
        switch (preset)
        {
            case Abstracts:
                form.Title = form.Title == "Call for papers" ? defaults.Title : form.Title;
                CopyRules(defaults, form);
                return true;
            case Papers:
                form.Title = string.IsNullOrWhiteSpace(form.Title) || form.Title == defaults.Title ? "Call for papers" : form.Title;
                CopyRules(defaults, form);
                form.MaxPages = PaperPages;
                form.ReferencesOnlyAfterFirstPage = false;
                // Papers come in the authors' usual styles (NeurIPS, ICML, ...): narrower margins and no template marker.
                form.MarginLeft = form.MarginRight = form.MarginTop = form.MarginBottom = PaperMargin;
                form.MinBodyFontSize = 9;
                form.TemplateKey = null;
                return true;
            default:
                return false;
        }
    }

    private static void CopyRules(CallForm from, CallForm to)
    {
        var rules = FormatRules.Default;
        to.MaxFileMiB = from.MaxFileMiB;
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
