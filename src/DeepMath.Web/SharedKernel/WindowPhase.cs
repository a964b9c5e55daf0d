namespace DeepMath.Web.SharedKernel;

// Shared with CallWindow, whose phase it is.

public enum WindowPhase
{
    NotYetOpen = 0,
    Open = 1,
    Closed = 2,
}
