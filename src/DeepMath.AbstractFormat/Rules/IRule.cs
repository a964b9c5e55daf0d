namespace DeepMath.AbstractFormat.Rules;

/// <summary>One of the call's format rules.</summary>
internal interface IRule
{
    IEnumerable<Finding> Check(CheckContext context);
}
