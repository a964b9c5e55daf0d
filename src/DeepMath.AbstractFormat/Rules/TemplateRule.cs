namespace DeepMath.AbstractFormat.Rules;

internal sealed class TemplateRule : IRule
{
    public IEnumerable<Finding> Check(CheckContext context)
    {
        var key = context.Rules.TemplateKey;
        if (string.IsNullOrEmpty(key))
        {
            yield break;
        }

        var dictionary = context.Information.DocumentInformationDictionary;
        if (dictionary is null || !dictionary.Data.ContainsKey(key))
        {
            yield return Finding.Error(
                FindingCodes.TemplateMissing,
                key == FormatRules.Default.TemplateKey
                    ? $"The PDF was not made with the DeepMath LaTeX template: its document properties have no /{key} "
                      + "entry, which the template adds. Download deepmath.sty from the call page, put "
                      + "\\usepackage{deepmath} in your preamble and compile with pdflatex."
                    // A call's own template stamps a marker of its own; its files are on the call's page.
                    : $"The PDF was not made with this call's template: its document properties have no /{key} entry, "
                      + "which the call's template adds. Download the template from the call page, write your text in it and "
                      + "compile the PDF again.");
        }
    }
}
