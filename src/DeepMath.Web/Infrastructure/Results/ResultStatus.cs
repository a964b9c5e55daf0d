namespace DeepMath.Web.Infrastructure.Results;

/// <summary>How a use case ended, in the terms HTTP needs: done, refused for its input, not there / not allowed, or refused for the state
/// things are in at this instant (a window that has closed), which the same input would not change.</summary>
public enum ResultStatus
{
    Success,
    Invalid,
    NotFound,
    Forbidden,
    Conflict,
}
