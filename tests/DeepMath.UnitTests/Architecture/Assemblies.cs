using System.Reflection;
using DeepMath.Web.Infrastructure.Database;

namespace DeepMath.UnitTests.Architecture;

public static class Assemblies
{
    public static Assembly Web => typeof(DeepMathDbContext).Assembly;

    // These libraries may have no public type yet, so they are loaded by name; the test project references both.
    public static Assembly AbstractFormat => Assembly.Load("DeepMath.AbstractFormat");

    public static Assembly Assignment => Assembly.Load("DeepMath.Assignment");

    public static Assembly Tests => typeof(Assemblies).Assembly;

    public const string ViolationsNamespace = "DeepMath.UnitTests.Architecture.Violations";
}
