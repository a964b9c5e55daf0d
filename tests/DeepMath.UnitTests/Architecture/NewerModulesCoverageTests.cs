using DeepMath.Web.Infrastructure.Database;

namespace DeepMath.UnitTests.Architecture;

/// <summary>
/// The boundary rules find modules by namespace, so a module added later is checked without being listed; these
/// tests pin that the rules do see the modules and slices built after them (series and speakers in Events,
/// Organisations with its news and awards, Program), so that a rule narrowed by mistake cannot pass them by silently.
/// </summary>
public sealed class NewerModulesCoverageTests
{
    private const string Modules = "DeepMath.Web.Modules";

    [Fact]
    public void Data_rule_knows_who_owns_the_newer_modules_tables()
    {
        var owned = DataBoundaryRule.OwnedData(Assemblies.Web, Modules, typeof(DeepMathDbContext));

        Assert.Equal("Events", owned[$"{Modules}.Events.Domain.Series"]);
        Assert.Equal("Events", owned[$"{Modules}.Events.Domain.Speaker"]);
        Assert.Equal("Organisations", owned[$"{Modules}.Organisations.Domain.Organisation"]);
        Assert.Equal("Organisations", owned[$"{Modules}.Organisations.Domain.Award"]);
        Assert.Equal("Program", owned[$"{Modules}.Program.Domain.ProgramRelease"]);
    }

    [Fact]
    public void View_rule_sees_the_newer_modules_views()
    {
        var views = ViewBoundaryRule.Views(Assemblies.Web).Keys.ToList();

        Assert.Contains(views, v => v.StartsWith("/Modules/Events/SeriesPage/", StringComparison.Ordinal));
        Assert.Contains(views, v => v.StartsWith("/Modules/Events/Speakers/", StringComparison.Ordinal));
        Assert.Contains(views, v => v.StartsWith("/Modules/Organisations/ManageAward/", StringComparison.Ordinal));
        Assert.Contains(views, v => v.StartsWith("/Modules/Program/PublicProgram/", StringComparison.Ordinal));
    }

    [Fact]
    public void No_newer_module_is_exempt() =>
        Assert.Empty(ModuleExemptions.Unchecked.Intersect(["Events", "Organisations", "Program"]));
}
