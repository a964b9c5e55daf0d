using System.ComponentModel.DataAnnotations;

namespace DeepMath.Web.Modules.Accounts.Throttling;

/// <summary>
/// The "Throttle" configuration section: how many attempts each client address and each account
/// (the e-mail address typed, whether or not it exists) may make per window before it must wait.
/// </summary>
public sealed class ThrottleOptions
{
    public const string Section = "Throttle";

    [Range(1, 1_000_000)]
    public int SignInPerAddress { get; set; } = 30;

    [Range(1, 1_000_000)]
    public int SignInPerAccount { get; set; } = 10;

    [Range(1, 1_000_000)]
    public int RegistrationsPerAddress { get; set; } = 10;

    [Range(1, 1_000_000)]
    public int ResetsPerAddress { get; set; } = 10;

    [Range(1, 1_000_000)]
    public int ResetsPerAccount { get; set; } = 3;

    [Range(1, 24 * 60)]
    public int WindowMinutes { get; set; } = 15;

    /// <summary>
    /// How long a refused sign-in and a reset request take at least, so that the work left after the password hash
    /// (a database write for an existing account only) cannot be timed: above what both cost on a busy server.
    /// </summary>
    [Range(0, 10_000)]
    public int AnswerFloorMilliseconds { get; set; } = 400;

    public TimeSpan AnswerFloor => TimeSpan.FromMilliseconds(AnswerFloorMilliseconds);

    public TimeSpan Window => TimeSpan.FromMinutes(WindowMinutes);
}
