namespace DeepMath.Web.Modules.Submissions.Contracts;

/// <summary>Where an author's request to accept a PDF despite its format errors stands.</summary>
public enum FormatExceptionState
{
    Requested = 0,
    Granted = 1,
    Refused = 2,
}
