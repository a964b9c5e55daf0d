using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DeepMath.UnitTests.Architecture;

/// <summary>
/// Use cases answer with the shared <c>Result</c>/<c>Result&lt;T&gt;</c> (or a plain value or view model), never with a
/// tuple, an outcome record of their own or a list of error messages: one shape, so that a controller only maps it
/// to HTTP. Read from the compiled public methods, async ones unwrapped:
/// <list type="bullet">
/// <item>classes named *Handler: no tuple, *Outcome type or list of strings;</item>
/// <item>classes named *Query, and the services a module offers others in its Contracts folder: no tuple or *Outcome type
/// (a query's lists of strings are data);</item>
/// <item>any method of a module: no ModelState passed in (a handler returns its errors, the controller puts them on the form),
/// and no tuple of a value with an element named Error (the value, or why it is refused: that is a Result&lt;T&gt;).</item>
/// </list>
/// </summary>
public static class HandlerResultRule
{
    /// <summary>"Type.Method -> returned type" or "Type.Method(parameter: type)" for each method that answers or asks in a shape of its own.</summary>
    public static IReadOnlyList<string> Violations(Assembly assembly, string modulesNamespace)
    {
        var types = assembly.GetTypes().Where(t => t.IsClass && t.Namespace?.StartsWith(modulesNamespace + ".", StringComparison.Ordinal) == true).ToList();
        var handlers = types.Where(t => t.Name.EndsWith("Handler", StringComparison.Ordinal))
            .SelectMany(t => PublicMethods(t).Where(m => OwnShape(Answer(m.ReturnType), stringLists: true)).Select(m => Returns(t, m)));
        var queries = types.Where(t => t.Name.EndsWith("Query", StringComparison.Ordinal) || IsContractService(t))
            .SelectMany(t => PublicMethods(t).Where(m => OwnShape(Answer(m.ReturnType), stringLists: false)).Select(m => Returns(t, m)));
        var anywhere = types.SelectMany(t => PublicMethods(t).SelectMany(m =>
            m.GetParameters().Where(p => typeof(ModelStateDictionary).IsAssignableFrom(p.ParameterType))
                .Select(p => $"{t.FullName}.{m.Name}({p.Name}: {p.ParameterType.Name})")
                .Concat(ValueOrError(m) ? [Returns(t, m)] : [])));
        return [.. handlers.Concat(queries).Concat(anywhere).Distinct().Order(StringComparer.Ordinal)];
    }

    private static IEnumerable<MethodInfo> PublicMethods(Type type) =>
        type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName && !m.Name.StartsWith('<')); // a record's <Clone>$ answers the record itself

    private static string Returns(Type type, MethodInfo method) => $"{type.FullName}.{method.Name} -> {Answer(method.ReturnType).Name}";

    // Static helpers of a Contracts folder (parsers, formats) are not use cases; the services other modules inject are.
    private static bool IsContractService(Type type) =>
        !(type.IsAbstract && type.IsSealed) && type.Namespace!.Split('.').Contains("Contracts");

    /// <summary>What the method answers: the T of Task&lt;T&gt; or ValueTask&lt;T&gt;, without Nullable.</summary>
    private static Type Answer(Type type)
    {
        if (type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Task<>) || type.GetGenericTypeDefinition() == typeof(ValueTask<>)))
        {
            type = type.GetGenericArguments()[0];
        }
        return Nullable.GetUnderlyingType(type) ?? type;
    }

    private static bool OwnShape(Type answer, bool stringLists) =>
        IsTuple(answer)
        || answer.Name.EndsWith("Outcome", StringComparison.Ordinal)
        || (stringLists && answer != typeof(string) && typeof(IEnumerable<string>).IsAssignableFrom(answer));

    private static bool IsTuple(Type answer) => answer.FullName?.StartsWith("System.ValueTuple`", StringComparison.Ordinal) == true;

    // Tuple element names live only in an attribute on the return value (the compiled type says ValueTuple`2).
    private static bool ValueOrError(MethodInfo method) =>
        IsTuple(Answer(method.ReturnType))
        && method.ReturnParameter.GetCustomAttribute<TupleElementNamesAttribute>()?.TransformNames.Contains("Error") == true;
}
