namespace DeepMath.UnitTests.Architecture;

/// <summary>The modules the boundary rules do not hold yet, and why. Each list should only shrink.</summary>
public static class ModuleExemptions
{
    /// <summary>
    /// Demo seeds every module's tables as a development fixture (it runs the account set-up and writes
    /// events, calls, submissions and registrations directly), so it may use the DbContext and any
    /// module's internals. Nothing else may depend on Demo.
    /// </summary>
    public const string Demo = "Demo";

    /// <summary>
    /// Modules whose data boundaries and slices are being migrated in a branch of their own: until then
    /// their code may still inject the DbContext and use other modules' internals, and their own Domain
    /// still counts as public. Empty it once they are done.
    /// </summary>
    public static readonly string[] NotYetMigrated = [];

    /// <summary>Modules not checked as users of other modules' data, views or internals.</summary>
    public static readonly string[] Unchecked = [Demo, .. NotYetMigrated];

    /// <summary>Owner of a type in <paramref name="modulesNamespace"/>: the namespace segment after it, or null outside the modules.</summary>
    public static string? ModuleOf(string typeFullName, string modulesNamespace) =>
        typeFullName.StartsWith(modulesNamespace + ".", StringComparison.Ordinal)
            ? typeFullName[(modulesNamespace.Length + 1)..].Split('.')[0]
            : null;
}
