namespace DeepMath.AbstractFormat.Reading;

/// <summary>Thrown from inside the PDF library to stop reading a file that costs too much.</summary>
internal sealed class DecodeBudgetExceededException(string resource)
    : Exception($"The check ran out of its {resource} budget.");
