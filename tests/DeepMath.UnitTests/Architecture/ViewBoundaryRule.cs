using System.Reflection;
using Microsoft.AspNetCore.Razor.Hosting;

namespace DeepMath.UnitTests.Architecture;

/// <summary>
/// A view compiled from a module's folder uses its own module, other modules' Contracts, the shared kernel
/// and infrastructure only: an <c>@inject</c> of the DbContext or of another module's internals, or a model
/// typed with another module's entity, fails. A Razor view compiles to a class carrying the file's path as
/// its "Identifier" (for example "/Modules/Events/EventPage/EventPage.cshtml"), which names its module.
/// </summary>
public static class ViewBoundaryRule
{
    /// <summary>Every compiled view of <paramref name="assembly"/>, by the path of the file it was compiled from.</summary>
    public static IReadOnlyDictionary<string, Type> Views(Assembly assembly) =>
        assembly.GetTypes()
            .Select(t => (Type: t, Path: t.GetCustomAttributes<RazorCompiledItemMetadataAttribute>().FirstOrDefault(a => a.Key == "Identifier")?.Value))
            .Where(v => v.Path is not null)
            .ToDictionary(v => v.Path!, v => v.Type, StringComparer.Ordinal);

    /// <summary>Views that use what their module may not, as "/path -> what".</summary>
    /// <param name="modulesNamespace">Namespace of the modules' code, e.g. "DeepMath.Web.Modules".</param>
    /// <param name="context">The DbContext, which no view may use.</param>
    public static IReadOnlyList<string> Violations(Assembly assembly, string modulesNamespace, Type context, IReadOnlyCollection<string> exempt)
    {
        var scan = IlScan.Of(assembly);
        var failing = new List<string>();
        foreach (var (path, view) in Views(assembly))
        {
            var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
            if (segments.Length < 3 || segments[0] != "Modules" || exempt.Contains(segments[1]))
            {
                continue;
            }
            var user = segments[1];
            foreach (var used in scan.TypesUsedBy(view.FullName!))
            {
                var owner = ModuleExemptions.ModuleOf(used, modulesNamespace);
                if (used == context.FullName
                    || owner is not null && owner != user && !used.StartsWith($"{modulesNamespace}.{owner}.Contracts.", StringComparison.Ordinal))
                {
                    failing.Add($"{path} -> {used}");
                }
            }
        }
        return failing.Distinct().Order(StringComparer.Ordinal).ToList();
    }
}
