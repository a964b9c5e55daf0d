namespace DeepMath.Web.Modules.Events.Jobs;

/// <summary>The timed steps of a call, in the order they fall due.</summary>
public enum LifecycleStep
{
    CallOpened = 0,
    Reminder72Hours = 1,
    Reminder24Hours = 2,
    CallClosed = 3,
}
