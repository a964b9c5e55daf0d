using System.Reflection;
using DeepMath.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.UnitTests.Architecture;

/// <summary>
/// A module reaches only its own tables: no module type uses the DbContext itself (it would see every
/// table), another module's data interface (I&lt;M&gt;Data) or another module's entities (a DbSet of
/// them, a query over them, one of them built to be added). Checked in IL, compiler-generated nested
/// types included, so a query inside an async method or a lambda counts.
/// </summary>
public static class DataBoundaryRule
{
    /// <summary>Module types that break the rule, each as "Type -> what it uses".</summary>
    /// <param name="context">The application's DbContext: its DbSet properties name the entities; the module owning each is its namespace's.</param>
    public static IReadOnlyList<string> Violations(Assembly assembly, string modulesNamespace, Type context, IReadOnlyCollection<string> exempt)
    {
        var owned = OwnedData(assembly, modulesNamespace, context);
        var scan = IlScan.Of(assembly);
        var failing = new List<string>();
        foreach (var (type, user) in scan.ModuleTypes(modulesNamespace, exempt))
        {
            foreach (var used in scan.TypesUsedBy(type))
            {
                if (used == context.FullName)
                {
                    failing.Add($"{type} -> {context.Name}");
                }
                else if (owned.TryGetValue(used, out var owner) && owner != user)
                {
                    failing.Add($"{type} -> {owner}: {used}");
                }
            }
        }
        return failing.Distinct().Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Every entity the context maps and every module data interface, with the module that owns it.</summary>
    public static IReadOnlyDictionary<string, string> OwnedData(Assembly assembly, string modulesNamespace, Type context)
    {
        var entities = context.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(DbSet<>))
            .Select(p => p.PropertyType.GetGenericArguments()[0]);
        var dataInterfaces = assembly.GetTypes().Where(t => t.IsInterface && t != typeof(IModuleData) && typeof(IModuleData).IsAssignableFrom(t));
        return entities.Concat(dataInterfaces)
            .Select(t => (Name: t.FullName!, Owner: ModuleExemptions.ModuleOf(t.FullName!, modulesNamespace)))
            .Where(t => t.Owner is not null)
            .DistinctBy(t => t.Name)
            .ToDictionary(t => t.Name, t => t.Owner!, StringComparer.Ordinal);
    }
}
