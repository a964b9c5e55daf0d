using System.Globalization;
using DeepMath.Web.Infrastructure.Results;

namespace DeepMath.Web.Modules.Organisations.Domain;

/// <summary>Figures typed one per line as "23 projects": a whole number, then what it counts.</summary>
public static class Figures
{
    public static string Format(IEnumerable<OrganisationFigure> figures) =>
        string.Join("\n", figures.OrderBy(f => f.Position).Select(f => $"{f.Number.ToString(CultureInfo.InvariantCulture)} {f.Label}"));

    /// <summary>The figures, or the message for the first line that is not one.</summary>
    public static Result<List<OrganisationFigure>> Parse(string? text)
    {
        var figures = new List<OrganisationFigure>();
        foreach (var line in Lines.Of(text))
        {
            var parts = line.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
            var number = parts[0].Replace(",", "", StringComparison.Ordinal);
            if (parts.Length < 2 || !long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                return Result<List<OrganisationFigure>>.Invalid($"\"{line}\" is not a figure: write a whole number, a space, then what it counts, such as \"23 projects\".");
            }
            if (parts[1].Trim().Length > OrganisationFigure.LabelMaxLength)
            {
                return Result<List<OrganisationFigure>>.Invalid($"\"{line}\": what a figure counts can have at most {OrganisationFigure.LabelMaxLength} characters.");
            }
            figures.Add(new OrganisationFigure { Position = figures.Count, Number = value, Label = parts[1].Trim() });
        }
        return figures.Count > Organisation.MaxFigures
            ? Result<List<OrganisationFigure>>.Invalid($"At most {Organisation.MaxFigures} figures; there are {figures.Count}.")
            : figures;
    }
}
