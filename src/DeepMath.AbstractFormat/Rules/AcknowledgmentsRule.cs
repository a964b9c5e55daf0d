using DeepMath.AbstractFormat.Text;

namespace DeepMath.AbstractFormat.Rules;

/// <summary>Acknowledgments usually name people and grants, which can identify the authors.</summary>
internal sealed class AcknowledgmentsRule : IRule
{
    public IEnumerable<Finding> Check(CheckContext context)
    {
        if (!context.Rules.CheckAnonymity || !context.Rules.WarnOnAcknowledgments)
        {
            yield break;
        }

        foreach (var page in context.Pages)
        {
            var heading = page.Lines.FirstOrDefault(l => Headings.IsAcknowledgments(l.Text));
            if (heading is not null)
            {
                yield return Finding.Warning(
                    FindingCodes.AcknowledgmentsPresent,
                    $"Page {page.Number} has an acknowledgments section ({Units.Quote(heading.Text)}). Thanks to "
                    + "colleagues and grant numbers often reveal who the authors are: leave acknowledgments out of the "
                    + "anonymous submission and add them to the final version.",
                    page.Number,
                    heading.Text);
                yield break;
            }
        }
    }
}
