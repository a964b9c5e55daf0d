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
    public void Mail_code_links_to_app_routes_by_route_only() =>
        NoViolations.In(RouteLinkRule.MailViolations(Path.Combine(Web, "Modules")));

    [Fact]
    public void Infrastructure_mail_code_links_to_app_routes_by_route_only() =>
        NoViolations.In(RouteLinkRule.MailViolations(Path.Combine(Web, "Infrastructure")));

    [Fact]
    public void Mail_rule_sees_the_real_mail_code() =>
        Assert.True(Directory.EnumerateFiles(Path.Combine(Web, "Modules"), "*Email.cs", SearchOption.AllDirectories).Count() > 20);

    [Fact]
    public void Mail_rule_fails_on_a_hand_built_link_but_not_on_static_files_or_routed_paths() =>
        Assert.Equal(
            ["HandBuiltMailLinks.cs:10 -> /submissions/{id}", "HandBuiltMailLinks.cs:12 -> /events/", "HandBuiltMailLinks.cs:12 -> /register"],
            RouteLinkRule.MailViolations(Path.Combine(FixturePaths.RepositoryRoot, "tests", "DeepMath.UnitTests", "Architecture", "Violations", "Links")));

    [Fact]
    public void Rule_fails_on_a_literal_link_and_form_action_but_not_on_static_files() =>
        Assert.Equal(
            ["Links.cshtml:5 -> /events/@Model.Slug/registrations", "Links.cshtml:6 -> /calls/@Model.CallId/conflicts"],
            RouteLinkRule.Violations(Path.Combine(FixturePaths.RepositoryRoot, "tests", "DeepMath.UnitTests", "Architecture", "Violations", "Links")));
}
