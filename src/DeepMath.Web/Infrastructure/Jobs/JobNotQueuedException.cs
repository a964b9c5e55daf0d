namespace DeepMath.Web.Infrastructure.Jobs;

/// <summary>A job could not be queued; callers whose work a timed sweep also does log it and carry on.</summary>
public sealed class JobNotQueuedException(string message, Exception inner) : Exception(message, inner);
