using System.Reflection;
using NetArchTest.Rules;

namespace DeepMath.UnitTests.Architecture;

/// <summary>AbstractFormat and Assignment run in the command line and in jobs alike, so they reference no ASP.NET, no EF and not the web app.</summary>
public static class LibraryIndependenceRule
{
    private static readonly string[] _forbidden = ["Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore", "DeepMath.Web"];

    /// <summary>Types in <paramref name="rootNamespace"/> that use anything forbidden.</summary>
    public static IReadOnlyList<string> TypesReachingForbidden(Assembly assembly, string rootNamespace) =>
        Types.InAssembly(assembly)
            .That().ResideInNamespace(rootNamespace)
            .ShouldNot().HaveDependencyOnAny(_forbidden)
            .GetResult()
            .FailingTypeNames?.ToList() ?? [];

    /// <summary>
    /// Forbidden assemblies in the compiled reference list: this also catches a library that has no
    /// types yet, where a type-by-type check would pass without looking at anything.
    /// </summary>
    public static IReadOnlyList<string> ForbiddenReferences(Assembly assembly) =>
        assembly.GetReferencedAssemblies()
            .Select(a => a.Name ?? string.Empty)
            .Where(name => _forbidden.Any(f => name == f || name.StartsWith(f + ".", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal)
            .ToList();
}
