using DeepMath.Cli;
using DeepMath.Web.Modules.Decisions.Jobs;
using DeepMath.Web.Modules.Registration.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DeepMath.UnitTests.Cli;

/// <summary>The command line adds the web host's module list and checks the settings as the web host does.</summary>
public sealed class CliHostTests
{
    private const string Connection = "--ConnectionStrings:Default=Host=127.0.0.1;Port=1;Database=never_reached";

    [Fact]
    public void A_wrong_setting_stops_a_command_before_it_runs_naming_the_setting()
    {
        var refused = Assert.Throws<OptionsValidationException>(() => CliHost.Build([Connection, "--Jobs:WorkerCount=-5"]));

        // The one wrong setting is the one reported (Production, but the CLI delivers no mail: no Smtp:Host needed).

        Assert.Contains("Jobs:WorkerCount must be between 1 and 20", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_command_line_has_the_modules_its_old_list_lacked()
    {
        using var host = CliHost.Build([Connection]);
        var services = host.Services.GetRequiredService<IServiceProviderIsService>();

        Assert.True(services.IsService(typeof(SendDecisionNotificationsJob)), "Decisions module missing");
        Assert.True(services.IsService(typeof(PromoteWaitingListJob)), "Registration module missing");
    }
}
