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
                $"The PDF was not made with the DeepMath LaTeX template: its document properties have no /{key} "
                + "entry, which the template adds. Download deepmath.sty from the call page, put "
                + "\\usepackage{deepmath} in your preamble and compile with pdflatex.");
        }
    }
}
