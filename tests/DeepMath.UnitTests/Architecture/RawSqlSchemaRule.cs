using System.Reflection;
using System.Text.RegularExpressions;
using DeepMath.Web.Infrastructure.Database;

namespace DeepMath.UnitTests.Architecture;

/// <summary>
/// Raw SQL in a module names only its own schema: no string literal in a module's code (compiler-generated
/// nested types included, constants folded in) names another module's schema as <c>schema.</c> or
/// <c>"schema".</c> in front of a table. Another module's tables are read through its Contracts.
/// </summary>
public static class RawSqlSchemaRule
{
    /// <summary>Each module's schema, from <see cref="Schemas"/> (a constant per module, named like it).</summary>
    public static IReadOnlyDictionary<string, string> ModuleSchemas =>
        typeof(Schemas).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.Name != nameof(Schemas.Infrastructure))
            .ToDictionary(f => f.Name, f => (string)f.GetRawConstantValue()!);

    /// <summary>Module types whose literals name another module's schema, as "Type -> schema: literal".</summary>
    public static IReadOnlyList<string> Violations(Assembly assembly, string modulesNamespace, IReadOnlyDictionary<string, string> schemas, IReadOnlyCollection<string> exempt)
    {
        var scan = IlScan.Of(assembly);
        var failing = new List<string>();
        foreach (var (type, user) in scan.ModuleTypes(modulesNamespace, exempt))
        {
            foreach (var literal in scan.StringsIn(type))
            {
                foreach (var (owner, schema) in schemas.Where(s => s.Key != user))
                {
                    if (NamesSchema(literal, schema))
                    {
                        failing.Add($"{type} -> {schema}: {literal.Trim()}");
                    }
                }
            }
        }
        return failing.Distinct().Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Whether <paramref name="sql"/> qualifies a name with <paramref name="schema"/>: the word (or the quoted
    /// word) followed by a dot and a table name, so prose such as "the decisions." or a file "decisions.csv" in
    /// a message does not count unless it reads as SQL.
    /// </summary>
    public static bool NamesSchema(string sql, string schema) =>
        Regex.IsMatch(sql, $@"(?<![\w.""])(?:{Regex.Escape(schema)}|""{Regex.Escape(schema)}"")\.(?:""?[a-z_][a-z0-9_]*""?)(?![\w.])", RegexOptions.CultureInvariant)
        && Regex.IsMatch(sql, @"\b(?:SELECT|INSERT|UPDATE|DELETE|FROM|JOIN|INTO|TRUNCATE|LOCK|TABLE)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
}
