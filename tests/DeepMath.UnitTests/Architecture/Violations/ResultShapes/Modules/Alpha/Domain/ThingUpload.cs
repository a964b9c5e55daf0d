namespace DeepMath.UnitTests.Architecture.Violations.ResultShapes.Modules.Alpha.Domain;

/// <summary>A helper that answers with the value or why it is refused as a tuple (the rule must catch it: that is a Result&lt;T&gt;).</summary>
public static class ThingUpload
{
    public static Task<(byte[]? Bytes, string? Error)> ReadAsync(byte[] bytes) =>
        Task.FromResult<(byte[]?, string?)>(bytes.Length == 0 ? (null, "The file is empty.") : (bytes, null));
}
