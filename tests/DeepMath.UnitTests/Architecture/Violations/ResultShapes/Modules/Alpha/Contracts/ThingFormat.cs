namespace DeepMath.UnitTests.Architecture.Violations.ResultShapes.Modules.Alpha.Contracts;

/// <summary>A static format of a Contracts folder: a parser that reports every line's problem beside what it read is no use case (fine).</summary>
public static class ThingFormat
{
    public static (List<string> Things, List<string> Errors) Parse(string text) => ([.. text.Split('\n')], []);
}
