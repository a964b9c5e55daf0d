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
        // One read of the assembly for every pair of modules: Types.InAssembly parses the whole file with Cecil, and
        // its type list can be filtered again and again (each That() starts from the whole list).
        var types = Types.InAssembly(assembly);
        var internalsByOwner = typesByModule.ToDictionary(m => m.Key, m => m.Value
            .Where(t => !IsPublicFace(t.Namespace!, $"{modulesNamespace}.{m.Key}", domainStillPublic.Contains(m.Key)))
            .Select(t => t.FullName!)
            .Except(tolerated)
            .ToArray());
        var failing = new List<string>();
        foreach (var user in typesByModule.Keys.Except(exemptModules).Order(StringComparer.Ordinal))
        {
            var owners = internalsByOwner.Where(m => m.Key != user && m.Value.Length > 0).ToList();
            // Scanning a module's code is the slow part: once against every other module's internals together, and
            // owner by owner (to name whose internals it uses) only when that finds something.
            if (owners.Count == 0 || Check(types, $"{modulesNamespace}.{user}", owners.SelectMany(o => o.Value).ToArray()).IsSuccessful)
            {
                continue;
            }
            foreach (var (owner, internals) in owners)
            {
                var result = Check(types, $"{modulesNamespace}.{user}", internals);
                failing.AddRange((result.FailingTypeNames ?? []).Select(name => $"{name.Split('/')[0]} -> {owner}"));
            }
        }
        return failing.Distinct().Order(StringComparer.Ordinal).ToList();
    }

    private static TestResult Check(Types types, string userNamespace, string[] internals) =>
        types.That().ResideInNamespace(userNamespace).ShouldNot().HaveDependencyOnAny(internals).GetResult();

    private static bool IsPublicFace(string typeNamespace, string moduleNamespace, bool domainPublic) =>
        (domainPublic ? [.. _publicFolders, "Domain"] : _publicFolders).Any(folder =>
            typeNamespace == $"{moduleNamespace}.{folder}"
            || typeNamespace.StartsWith($"{moduleNamespace}.{folder}.", StringComparison.Ordinal));
}
