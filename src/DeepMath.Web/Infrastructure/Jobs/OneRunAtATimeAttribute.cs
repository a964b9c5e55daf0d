namespace DeepMath.Web.Infrastructure.Jobs;

/// <summary>
/// A job of which at most one run goes on at a time across all instances; a run that finds another
/// under way does nothing (the next minute's sweep comes anyway). Enforced by <see cref="SessionLockFilter"/>
/// with a PostgreSQL advisory lock, which dies with its connection, unlike Hangfire's
/// DisableConcurrentExecution lock that a killed process leaves behind until it times out.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class OneRunAtATimeAttribute : Attribute;
