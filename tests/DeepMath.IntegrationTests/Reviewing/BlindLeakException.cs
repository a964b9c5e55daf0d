namespace DeepMath.IntegrationTests.Reviewing;

/// <summary>An author's identity found where a reviewer can read it.</summary>
public sealed class BlindLeakException(string message) : Exception(message);
