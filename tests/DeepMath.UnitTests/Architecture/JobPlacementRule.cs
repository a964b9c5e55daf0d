using System.Reflection;
using Hangfire;
using NetArchTest.Rules;

namespace DeepMath.UnitTests.Architecture;

/// <summary>
/// A Hangfire job is a &lt;Verb&gt;&lt;Noun&gt;Job in a Jobs folder. A job is recognised by its name or by the
/// retry policy every job here declares; helpers beside a job in Jobs (a plan, a mailer) are not jobs.
/// </summary>
public static class JobPlacementRule
{
    public static PredicateList Jobs(Assembly assembly, string scopeNamespace) =>
        Types.InAssembly(assembly)
            .That().ResideInNamespace(scopeNamespace)
            .And().HaveCustomAttribute(typeof(AutomaticRetryAttribute))
            .Or().ResideInNamespace(scopeNamespace)
            .And().HaveNameEndingWith("Job", StringComparison.Ordinal);

    public static IReadOnlyList<string> Violations(Assembly assembly, string scopeNamespace) =>
        Jobs(assembly, scopeNamespace)
            .Should().HaveNameEndingWith("Job", StringComparison.Ordinal)
            .And().ResideInNamespaceEndingWith(".Jobs")
            .GetResult()
            .FailingTypeNames?.Order(StringComparer.Ordinal).ToList() ?? [];
}
