namespace DeepMath.Web.Infrastructure.Email;

public enum OutboxState
{
    Queued = 0,
    Sent = 1,
    Failed = 2,
}
