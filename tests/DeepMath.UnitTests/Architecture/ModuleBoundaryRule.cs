using System.Reflection;
using System.Runtime.CompilerServices;
using NetArchTest.Rules;

namespace DeepMath.UnitTests.Architecture;

/// <summary>
/// A module may use another module only through its Contracts, its public face. Anything else in a module,
/// its Domain included, is its own business; vocabulary many modules share lives in SharedKernel, outside
/// the modules.
/// </summary>
public static class ModuleBoundaryRule
{
    private static readonly string[] _publicFolders = ["Contracts"];

    /// <summary>Types of one module that use another module's internals, with what they use.</summary>
    /// <param name="exemptModules">Modules not checked as users of others.</param>
    /// <param name="tolerated">Full names of internal types other modules may use for now; each is a known violation.</param>
    /// <param name="domainStillPublic">Modules whose Domain others may still use (not yet migrated to Contracts).</param>
    public static IReadOnlyList<string> Violations(Assembly assembly, string modulesNamespace, IReadOnlyCollection<string> exemptModules, IReadOnlyCollection<string> tolerated,
        IReadOnlyCollection<string> domainStillPublic)
    {
        var typesByModule = assembly.GetTypes()
            .Where(t => !t.IsNested && !t.IsDefined(typeof(CompilerGeneratedAttribute), false))
            .Where(t => t.Namespace?.StartsWith(modulesNamespace + ".", StringComparison.Ordinal) == true)
            .GroupBy(t => t.Namespace![(modulesNamespace.Length + 1)..].Split('.')[0])
            .ToDictionary(g => g.Key, g => g.ToList());
        var failing = new List<string>();
        foreach (var user in typesByModule.Keys.Except(exemptModules).Order(StringComparer.Ordinal))
        {
            foreach (var (owner, ownerTypes) in typesByModule.Where(m => m.Key != user))
            {
                var internals = ownerTypes
                    .Where(t => !IsPublicFace(t.Namespace!, $"{modulesNamespace}.{owner}", domainStillPublic.Contains(owner)))
                    .Select(t => t.FullName!)
                    .Except(tolerated)
                    .ToArray();
                if (internals.Length == 0)
                {
                    continue;
                }
                var result = Types.InAssembly(assembly)
                    .That().ResideInNamespace($"{modulesNamespace}.{user}")
                    .ShouldNot().HaveDependencyOnAny(internals)
                    .GetResult();
                failing.AddRange((result.FailingTypeNames ?? []).Select(name => $"{name.Split('/')[0]} -> {owner}"));
            }
        }
        return failing.Distinct().Order(StringComparer.Ordinal).ToList();
    }

    private static bool IsPublicFace(string typeNamespace, string moduleNamespace, bool domainPublic) =>
        (domainPublic ? [.. _publicFolders, "Domain"] : _publicFolders).Any(folder =>
            typeNamespace == $"{moduleNamespace}.{folder}"
            || typeNamespace.StartsWith($"{moduleNamespace}.{folder}.", StringComparison.Ordinal));
}
