using System.Reflection;
using DeepMath.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.UnitTests.Architecture;

/// <summary>
/// Controllers map HTTP only: no controller takes a DbContext or a module's data interface (in its
/// constructor, an action's parameters or a field), so reads go to a query and writes to a handler
/// in the use case's folder.
/// </summary>
public static class ControllerDataRule
{
    public static IReadOnlyList<string> Violations(Assembly assembly, string scopeNamespace, string modulesNamespace, IReadOnlyCollection<string> exempt) =>
        assembly.GetTypes()
            .Where(t => typeof(ControllerBase).IsAssignableFrom(t) && !t.IsAbstract)
            .Where(t => t.Namespace?.StartsWith(scopeNamespace, StringComparison.Ordinal) == true)
            .Where(t => ModuleExemptions.ModuleOf(t.FullName!, modulesNamespace) is not { } module || !exempt.Contains(module))
            .SelectMany(t => DataTypesUsed(t).Select(d => $"{t.FullName} -> {d.Name}"))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

    private static IEnumerable<Type> DataTypesUsed(Type controller)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var constructorParameters = controller.GetConstructors(all).SelectMany(c => c.GetParameters()).Select(p => p.ParameterType);
        var actionParameters = controller.GetMethods(all).SelectMany(m => m.GetParameters()).Select(p => p.ParameterType);
        var fields = controller.GetFields(all).Select(f => f.FieldType);
        return constructorParameters.Concat(actionParameters).Concat(fields).Where(IsData).Distinct();
    }

    private static bool IsData(Type type) => typeof(DbContext).IsAssignableFrom(type) || typeof(IModuleData).IsAssignableFrom(type);
}
