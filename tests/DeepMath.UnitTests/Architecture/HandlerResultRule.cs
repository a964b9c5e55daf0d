using System.Reflection;

namespace DeepMath.UnitTests.Architecture;

/// <summary>
/// Handlers answer with the shared <c>Result</c>/<c>Result&lt;T&gt;</c> (or a plain value or view model), never with a
/// tuple, an outcome record of their own or a list of error messages: one shape, so that a controller only maps it
/// to HTTP. Read from the compiled public methods of every class named *Handler, async ones unwrapped.
/// </summary>
public static class HandlerResultRule
{
    /// <summary>"Type.Method -> returned type" for each public handler method that answers in a shape of its own.</summary>
    public static IReadOnlyList<string> Violations(Assembly assembly, string modulesNamespace) =>
        [.. assembly.GetTypes()
            .Where(t => t.IsClass && t.Name.EndsWith("Handler", StringComparison.Ordinal)
                && t.Namespace?.StartsWith(modulesNamespace + ".", StringComparison.Ordinal) == true)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => !m.IsSpecialName && OwnShape(Answer(m.ReturnType)))
                .Select(m => $"{t.FullName}.{m.Name} -> {Answer(m.ReturnType).Name}"))
            .Order(StringComparer.Ordinal)];

    /// <summary>What the method answers: the T of Task&lt;T&gt; or ValueTask&lt;T&gt;, without Nullable.</summary>
    private static Type Answer(Type type)
    {
        if (type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Task<>) || type.GetGenericTypeDefinition() == typeof(ValueTask<>)))
        {
            type = type.GetGenericArguments()[0];
        }
        return Nullable.GetUnderlyingType(type) ?? type;
    }

    private static bool OwnShape(Type answer) =>
        answer.FullName?.StartsWith("System.ValueTuple`", StringComparison.Ordinal) == true
        || answer.Name.EndsWith("Outcome", StringComparison.Ordinal)
        || (answer != typeof(string) && typeof(IEnumerable<string>).IsAssignableFrom(answer));
}
