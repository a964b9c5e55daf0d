using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using NetArchTest.Rules;

namespace DeepMath.UnitTests.Architecture;

/// <summary>
/// A controller sits in the folder of its use case, Modules/&lt;Module&gt;/&lt;UseCase&gt;/, beside its views, and its name ends in Controller;
/// a folder holds one use case, so one controller (a folder named for a capability, Seating/ or Committee/, gathers several).
/// </summary>
public static class ControllerPlacementRule
{
    private const string NotUseCaseFolders = "Domain|Data|Jobs|Emails|Contracts|Authorization";

    public static IReadOnlyList<string> Violations(Assembly assembly, string scopeNamespace, string modulesNamespace)
    {
        var useCaseFolder = $@"^{Regex.Escape(modulesNamespace)}\.[A-Za-z0-9]+\.(?!(?:{NotUseCaseFolders})$)[A-Za-z0-9]+$";
        return Types.InAssembly(assembly)
            .That().ResideInNamespace(scopeNamespace)
            .And().Inherit(typeof(ControllerBase))
            .Should().HaveNameEndingWith("Controller", StringComparison.Ordinal)
            .And().ResideInNamespaceMatching(useCaseFolder)
            .GetResult()
            .FailingTypeNames?.Order(StringComparer.Ordinal).ToList() ?? [];
    }

    /// <summary>"Folder: ControllerA, ControllerB" for each namespace under <paramref name="scopeNamespace"/> with more than one controller.</summary>
    public static IReadOnlyList<string> SharedFolders(Assembly assembly, string scopeNamespace) =>
        [.. assembly.GetTypes()
            .Where(t => t.IsClass && !t.IsAbstract && typeof(ControllerBase).IsAssignableFrom(t)
                && t.Namespace?.StartsWith(scopeNamespace + ".", StringComparison.Ordinal) == true)
            .GroupBy(t => t.Namespace!)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(t => t.Name).Order(StringComparer.Ordinal))}")
            .Order(StringComparer.Ordinal)];
}
