using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace DeepMath.Web.Infrastructure.Configuration;

/// <summary>
/// Runs a generated validator under its section's name and writes the paths in its messages as settings
/// are written in configuration: "Jobs:WorkerCount" (Jobs__WorkerCount), not "JobsOptions.WorkerCount".
/// </summary>
internal sealed class SectionValidator<TOptions, TValidator>(string section) : IValidateOptions<TOptions>
    where TOptions : class
    where TValidator : IValidateOptions<TOptions>, new()
{
    private readonly TValidator _generated = new();
    private readonly Regex _path = new($@"\b{Regex.Escape(section)}(\.\w+)+", RegexOptions.CultureInvariant);

    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        var result = _generated.Validate(string.IsNullOrEmpty(name) ? section : name, options);
        return result.Failed
            ? ValidateOptionsResult.Fail(result.Failures.Select(f => _path.Replace(f, m => m.Value.Replace('.', ':'))))
            : result;
    }
}
