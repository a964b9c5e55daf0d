using DeepMath.UnitTests.AbstractFormat;

namespace DeepMath.UnitTests.Architecture;

public sealed class RouteLinksTests
{
    private static string Web => Path.Combine(FixturePaths.RepositoryRoot, "src", "DeepMath.Web");

    [Fact]
    public void Module_views_link_to_app_routes_by_route_only() =>
        NoViolations.In(RouteLinkRule.Violations(Path.Combine(Web, "Modules")));

    [Fact]
    public void Shared_views_link_to_app_routes_by_route_only() =>
        NoViolations.In(RouteLinkRule.Violations(Path.Combine(Web, "Views")));

    [Fact]
    public void Rule_sees_the_real_views() =>
        Assert.True(Directory.EnumerateFiles(Path.Combine(Web, "Modules"), "*.cshtml", SearchOption.AllDirectories).Count() > 40);

    [Fact]
    public void Rule_fails_on_a_literal_link_and_form_action_but_not_on_static_files() =>
        Assert.Equal(
            ["Links.cshtml:5 -> /events/@Model.Slug/registrations", "Links.cshtml:6 -> /calls/@Model.CallId/conflicts"],
            RouteLinkRule.Violations(Path.Combine(FixturePaths.RepositoryRoot, "tests", "DeepMath.UnitTests", "Architecture", "Violations", "Links")));
}
