namespace DeepMath.Web.Infrastructure.Results;

/// <summary>How a use case ended, in the terms HTTP needs: done, refused for its input, or not there / not allowed.</summary>
public enum ResultStatus
{
    Success,
    Invalid,
    NotFound,
    Forbidden,
}
