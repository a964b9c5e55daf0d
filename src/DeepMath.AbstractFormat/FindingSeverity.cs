namespace DeepMath.AbstractFormat;

/// <summary>How much a finding matters: errors block a submission, warnings never do.</summary>
public enum FindingSeverity
{
    Error,
    Warning,
}
