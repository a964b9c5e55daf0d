using System.Reflection;
using System.Runtime.CompilerServices;

namespace DeepMath.UnitTests.Architecture;

/// <summary>
/// No two types of the modules share a name (two RegisterControllers, two ListedAuthors, an entity Registration in the
/// namespace Registration): a reader, a stack trace or a using cannot tell them apart. Nested types are read with
/// their outer type's name, and compiler-made types have none a reader sees, so neither counts.
/// </summary>
public static class UniqueNameRule
{
    /// <summary>"Name: Namespace.A, Namespace.B" for each name that two or more types, or a type and a namespace segment, share.</summary>
    public static IReadOnlyList<string> Violations(Assembly assembly, string modulesNamespace)
    {
        var types = assembly.GetTypes()
            .Where(t => !t.IsNested && t.Namespace?.StartsWith(modulesNamespace + ".", StringComparison.Ordinal) == true
                && t.GetCustomAttribute<CompilerGeneratedAttribute>() is null && !t.Name.StartsWith('<'))
            .ToList();
        var segments = types.SelectMany(t => t.Namespace![(modulesNamespace.Length + 1)..].Split('.')).ToHashSet(StringComparer.Ordinal);
        return [.. types
            .GroupBy(t => t.Name, StringComparer.Ordinal)
            .Where(g => g.Count() > 1 || segments.Contains(g.Key))
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(t => t.Namespace).Order(StringComparer.Ordinal))}")
            .Order(StringComparer.Ordinal)];
    }
}
