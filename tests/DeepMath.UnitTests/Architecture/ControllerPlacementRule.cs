using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using NetArchTest.Rules;

namespace DeepMath.UnitTests.Architecture;

/// <summary>A controller sits in the folder of its use case, Modules/&lt;Module&gt;/&lt;UseCase&gt;/, beside its views, and its name ends in Controller.</summary>
public static class ControllerPlacementRule
{
    private const string NotUseCaseFolders = "Domain|Data|Jobs|Emails|Contracts|Authorization";

    public static IReadOnlyList<string> Violations(Assembly assembly, string scopeNamespace, string modulesNamespace)
    {
        var useCaseFolder = $@"^{Regex.Escape(modulesNamespace)}\.[A-Za-z0-9]+\.(?!(?:{NotUseCaseFolders})$)[A-Za-z0-9]+$";
        return Types.InAssembly(assembly)
            .That().ResideInNamespace(scopeNamespace)
            .And().Inherit(typeof(ControllerBase))
            .Should().HaveNameEndingWith("Controller", StringComparison.Ordinal)
            .And().ResideInNamespaceMatching(useCaseFolder)
            .GetResult()
            .FailingTypeNames?.Order(StringComparer.Ordinal).ToList() ?? [];
    }
}
