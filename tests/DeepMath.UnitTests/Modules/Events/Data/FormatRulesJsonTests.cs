using DeepMath.AbstractFormat;
using DeepMath.Web.Modules.Events.Data;

namespace DeepMath.UnitTests.Modules.Events.Data;

public sealed class FormatRulesJsonTests
{
    [Fact]
    public void Rules_come_back_as_they_were_written()
    {
        var rules = FormatRules.Default with { MaxPages = 3, ReferencesOnlyFromPage = null, MarginLeft = 40.5, TemplateKey = null, CheckAnonymity = false };

        Assert.Equal(rules, FormatRulesJson.Read(FormatRulesJson.Write(rules)));
    }

    [Fact]
    public void The_checker_safety_limits_are_neither_written_nor_read()
    {
        var json = FormatRulesJson.Write(FormatRules.Default with { MaxDecodedBytes = 1, TimeBudgetMilliseconds = 1 });

        Assert.DoesNotContain("maxDecodedBytes", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("timeBudget", json, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"maxPages\":2", json, StringComparison.Ordinal);
        Assert.Equal(FormatRules.Default, FormatRulesJson.Read("""{"maxDecodedBytes":1,"timeBudgetMilliseconds":1}"""));
    }

    [Fact]
    public void A_rule_missing_from_the_stored_document_takes_its_default() =>
        Assert.Equal(FormatRules.Default with { MaxPages = 5 }, FormatRulesJson.Read("""{"maxPages":5}"""));
}
