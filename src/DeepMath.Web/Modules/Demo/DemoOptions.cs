using System.ComponentModel.DataAnnotations;

namespace DeepMath.Web.Modules.Demo;

/// <summary>Configuration section "Demo".</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Seed DeepMath 2025 and the demo accounts at start-up (Development only).</summary>
    public bool SeedOnStartup { get; set; }

    /// <summary>Where the generated demo passwords are kept between runs; relative to the content root.</summary>
    [Required]
    public string CredentialsFile { get; set; } = "../../.data/demo-logins.txt";
}
