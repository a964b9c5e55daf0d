using System.Collections.Concurrent;
using System.Reflection;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace DeepMath.UnitTests.Architecture;

/// <summary>
/// What a type's compiled code uses, read from its IL: every type it names (in signatures, locals,
/// instructions, attributes, generic arguments) and every string literal, its nested types included.
/// Async methods, iterators and lambdas compile to nested classes, so a rule that skipped them would miss
/// a query written inside <c>await</c> or a lambda.
/// </summary>
public sealed class IlScan
{
    private static readonly ConcurrentDictionary<string, IlScan> _byAssembly = new();
    private readonly Dictionary<string, TypeDefinition> _topLevel;

    private IlScan(ModuleDefinition module) =>
        _topLevel = module.Types.Where(t => t.Namespace.Length > 0).ToDictionary(t => t.FullName, StringComparer.Ordinal);

    public static IlScan Of(Assembly assembly) =>
        _byAssembly.GetOrAdd(assembly.Location, path => new IlScan(ModuleDefinition.ReadModule(path)));

    /// <summary>Full names (namespace.Name) of the top-level types of the assembly.</summary>
    public IEnumerable<string> TopLevelTypes => _topLevel.Keys;

    /// <summary>The top-level types in <paramref name="modulesNamespace"/>, each with its module, except those of the <paramref name="exempt"/> modules.</summary>
    public IEnumerable<(string Type, string Module)> ModuleTypes(string modulesNamespace, IReadOnlyCollection<string> exempt) =>
        TopLevelTypes
            .Select(type => (Type: type, Module: ModuleExemptions.ModuleOf(type, modulesNamespace)))
            .Where(t => t.Module is not null && !exempt.Contains(t.Module))
            .Select(t => (t.Type, t.Module!));

    /// <summary>The full names of the types <paramref name="typeFullName"/> and its nested types use (a nested type as its outermost type).</summary>
    public IReadOnlySet<string> TypesUsedBy(string typeFullName)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in WithNested(_topLevel[typeFullName]))
        {
            Visit(type, used);
        }
        return used;
    }

    /// <summary>The string literals (<c>ldstr</c>) in the methods of <paramref name="typeFullName"/> and its nested types.</summary>
    public IEnumerable<string> StringsIn(string typeFullName) =>
        WithNested(_topLevel[typeFullName])
            .SelectMany(t => t.Methods)
            .Where(m => m.HasBody)
            .SelectMany(m => m.Body.Instructions)
            .Where(i => i.OpCode == OpCodes.Ldstr)
            .Select(i => (string)i.Operand);

    private static IEnumerable<TypeDefinition> WithNested(TypeDefinition type) =>
        new[] { type }.Concat(type.NestedTypes.SelectMany(WithNested));

    private static void Visit(TypeDefinition type, HashSet<string> used)
    {
        Add(type.BaseType, used);
        foreach (var i in type.Interfaces)
        {
            Add(i.InterfaceType, used);
        }
        Attributes(type, used);
        foreach (var field in type.Fields)
        {
            Add(field.FieldType, used);
            Attributes(field, used);
        }
        foreach (var property in type.Properties)
        {
            Add(property.PropertyType, used);
            Attributes(property, used);
        }
        foreach (var method in type.Methods)
        {
            Method(method, used);
            Attributes(method, used);
            foreach (var parameter in method.Parameters)
            {
                Attributes(parameter, used);
            }
            if (!method.HasBody)
            {
                continue;
            }
            foreach (var variable in method.Body.Variables)
            {
                Add(variable.VariableType, used);
            }
            foreach (var instruction in method.Body.Instructions)
            {
                switch (instruction.Operand)
                {
                    case TypeReference t: Add(t, used); break;
                    case MethodReference m: Method(m, used); break;
                    case FieldReference f: Add(f.DeclaringType, used); Add(f.FieldType, used); break;
                }
            }
        }
    }

    private static void Method(MethodReference method, HashSet<string> used)
    {
        Add(method.DeclaringType, used);
        Add(method.ReturnType, used);
        foreach (var parameter in method.Parameters)
        {
            Add(parameter.ParameterType, used);
        }
        if (method is GenericInstanceMethod generic)
        {
            foreach (var argument in generic.GenericArguments)
            {
                Add(argument, used);
            }
        }
    }

    private static void Attributes(Mono.Cecil.ICustomAttributeProvider provider, HashSet<string> used)
    {
        foreach (var attribute in provider.CustomAttributes)
        {
            Add(attribute.AttributeType, used);
            foreach (var argument in attribute.ConstructorArguments)
            {
                if (argument.Value is TypeReference t)
                {
                    Add(t, used);
                }
            }
        }
    }

    private static void Add(TypeReference? type, HashSet<string> used)
    {
        switch (type)
        {
            case null or GenericParameter:
                return;
            case GenericInstanceType generic:
                Add(generic.ElementType, used);
                foreach (var argument in generic.GenericArguments)
                {
                    Add(argument, used);
                }
                return;
            case TypeSpecification specification:
                Add(specification.ElementType, used);
                return;
        }
        var outermost = type;
        while (outermost.DeclaringType is not null)
        {
            outermost = outermost.DeclaringType;
        }
        used.Add(outermost.FullName);
    }
}
