using DeepMath.Web.Infrastructure.Database;
using DeepMath.UnitTests.Architecture.Violations.Data;

namespace DeepMath.UnitTests.Architecture;

public sealed class DataBoundaryTests
{
    private const string Modules = "DeepMath.Web.Modules";
    private const string ViolationModules = Assemblies.ViolationsNamespace + ".Data.Modules";
    private static readonly string[] _demoOnly = [ModuleExemptions.Demo];

    [Fact]
    public void Modules_reach_only_their_own_tables() =>
        NoViolations.In(DataBoundaryRule.Violations(Assemblies.Web, Modules, typeof(DeepMathDbContext), ModuleExemptions.Unchecked));

    [Fact]
    public void Rule_knows_the_real_entities_and_who_owns_them()
    {
        var owned = DataBoundaryRule.OwnedData(Assemblies.Web, Modules, typeof(DeepMathDbContext));

        Assert.Equal("Events", owned["DeepMath.Web.Modules.Events.Domain.Call"]);
        Assert.Equal("Accounts", owned["DeepMath.Web.Modules.Accounts.Domain.AppUser"]);
        Assert.Equal("Submissions", owned["DeepMath.Web.Modules.Submissions.Domain.Submission"]);
    }

    [Fact]
    public void Rule_fails_on_the_context_another_modules_data_interface_and_its_entities_even_in_an_async_method() =>
        Assert.Equal(
            [
                $"{ViolationModules}.Beta.ContextUser.ContextHandler -> {nameof(DataViolationsContext)}",
                $"{ViolationModules}.Beta.Peek.PeekController -> {nameof(DataViolationsContext)}",
                $"{ViolationModules}.Beta.ReadAcross.ReadAcrossHandler -> Alpha: {ViolationModules}.Alpha.Data.IAlphaData",
                $"{ViolationModules}.Beta.ReadAcross.ReadAcrossHandler -> Alpha: {ViolationModules}.Alpha.Domain.AlphaRecord",
                $"{ViolationModules}.Beta.ReadAcross.WriteAcrossHandler -> Alpha: {ViolationModules}.Alpha.Domain.AlphaRecord",
            ],
            DataBoundaryRule.Violations(Assemblies.Tests, ViolationModules, typeof(DataViolationsContext), _demoOnly));

    [Fact]
    public void Raw_sql_names_only_the_modules_own_schema() =>
        NoViolations.In(RawSqlSchemaRule.Violations(Assemblies.Web, Modules, RawSqlSchemaRule.ModuleSchemas, ModuleExemptions.Unchecked));

    [Fact]
    public void Raw_sql_rule_knows_every_modules_schema() =>
        Assert.Equal(["Accounts", "Decisions", "Events", "Organisations", "Program", "Registration", "Reviewing", "Submissions"], RawSqlSchemaRule.ModuleSchemas.Keys.Order(StringComparer.Ordinal));

    [Fact]
    public void Raw_sql_rule_fails_on_another_modules_schema_bare_or_quoted_even_in_a_lambda() =>
        Assert.Equal(
            [
                $"{ViolationModules}.Beta.Sql.CrossSchemaQuery -> alpha: DELETE FROM \"alpha\".\"records\" WHERE true",
                $"{ViolationModules}.Beta.Sql.CrossSchemaQuery -> alpha: SELECT count(*) AS \"Value\" FROM alpha.records",
            ],
            RawSqlSchemaRule.Violations(Assemblies.Tests, ViolationModules, new Dictionary<string, string> { ["Alpha"] = "alpha", ["Beta"] = "beta" }, _demoOnly));

    [Fact]
    public void Views_use_only_their_module_and_others_contracts() =>
        NoViolations.In(ViewBoundaryRule.Violations(Assemblies.Web, Modules, typeof(DeepMathDbContext), ModuleExemptions.Unchecked));

    [Fact]
    public void View_rule_sees_the_real_compiled_views()
    {
        var views = ViewBoundaryRule.Views(Assemblies.Web);

        Assert.Contains("/Modules/Events/EventPage/EventPage.cshtml", views.Keys);
        Assert.Contains("/Modules/Registration/MyRegistration/MyRegistration.cshtml", views.Keys);
    }

    [Fact]
    public void View_rule_fails_on_an_inject_of_the_context_or_another_modules_internals() =>
        Assert.Equal(
            [
                $"/Modules/Beta/Peek/Peek.cshtml -> {typeof(DataViolationsContext).FullName}",
                $"/Modules/Beta/Peek/Peek.cshtml -> {ViolationModules}.Alpha.Data.IAlphaData",
            ],
            ViewBoundaryRule.Violations(Assemblies.Tests, ViolationModules, typeof(DataViolationsContext), _demoOnly));

    [Fact]
    public void Controllers_take_no_data() =>
        NoViolations.In(ControllerDataRule.Violations(Assemblies.Web, "DeepMath.Web", Modules, ModuleExemptions.NotYetMigrated));

    [Fact]
    public void Controller_rule_fails_on_a_context_or_data_interface_in_a_constructor_or_action() =>
        Assert.Equal(
            [
                $"{ViolationModules}.Beta.Peek.OwnDataController -> IBetaData",
                $"{ViolationModules}.Beta.Peek.PeekController -> {nameof(DataViolationsContext)}",
            ],
            ControllerDataRule.Violations(Assemblies.Tests, Assemblies.ViolationsNamespace + ".Data", ViolationModules, []));
}
