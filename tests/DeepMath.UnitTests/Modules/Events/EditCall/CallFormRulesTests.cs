using DeepMath.AbstractFormat;
using DeepMath.Web.Modules.Events.Domain;
using DeepMath.Web.Modules.Events.EditCall;
using static DeepMath.UnitTests.Modules.Events.Domain.Instants;

namespace DeepMath.UnitTests.Modules.Events.EditCall;

/// <summary>The format rules part of the call form: defaults, validation, and the way to and from a call.</summary>
public sealed class CallFormRulesTests
{
    private static CallForm Valid() => new()
    {
        Title = "Call for abstracts",
        OpensOn = Day("2025-07-01"),
        ClosesOn = Day("2025-08-31"),
        Topics = "Optimization",
        Disciplines = "Statistics",
    };

    private static Call NewCall() => new() { Title = "Call for abstracts" };

    [Fact]
    public void A_new_form_shows_the_deepmath_defaults_and_they_are_valid()
    {
        var form = Valid();

        Assert.Empty(Validation.Errors(form));
        Assert.Equal(FormatRules.Default, form.Rules());
        Assert.Equal(10, form.MaxFileMiB);
        Assert.Equal(2, form.MaxPages);
        Assert.True(form.ReferencesOnlyAfterFirstPage);
        Assert.Equal("DeepMathTemplate", form.TemplateKey);
    }

    [Fact]
    public void A_call_without_rules_of_its_own_fills_the_form_with_the_defaults() =>
        Assert.Equal(FormatRules.Default, CallForm.From(NewCall()).Rules());

    [Fact]
    public void Changed_rules_survive_the_way_to_the_call_and_back()
    {
        var form = Valid();
        form.MaxFileMiB = 2.5;
        form.MaxPages = 4;
        form.ReferencesOnlyAfterFirstPage = false;
        form.PageWidth = 595.28;
        form.PageHeight = 841.89;
        form.PageSizeTolerance = 0;
        form.MarginLeft = 40;
        form.MarginRight = 41;
        form.MarginTop = 42;
        form.MarginBottom = 43;
        form.MarginTolerance = 1.5;
        form.MinBodyFontSize = 9;
        form.FontSizeTolerance = 0;
        form.TemplateKey = "  /WorkshopTemplate ";
        form.CheckAnonymity = false;
        form.WarnOnAcknowledgments = false;
        var call = NewCall();

        form.ApplyTo(call);

        var expected = FormatRules.Default with
        {
            MaxFileBytes = 2_621_440, MaxPages = 4, ReferencesOnlyFromPage = null, PageWidth = 595.28, PageHeight = 841.89,
            PageSizeTolerance = 0, MarginLeft = 40, MarginRight = 41, MarginTop = 42, MarginBottom = 43, MarginTolerance = 1.5,
            MinBodyFontSize = 9, FontSizeTolerance = 0, TemplateKey = "WorkshopTemplate", CheckAnonymity = false, WarnOnAcknowledgments = false,
        };
        Assert.Equal(expected, call.FormatRules);
        var again = CallForm.From(call);
        Assert.Equal("WorkshopTemplate", again.TemplateKey);
        Assert.Equal(2.5, again.MaxFileMiB);
        Assert.Equal(expected, again.Rules());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void An_empty_template_marker_means_no_template_is_required(string? key)
    {
        var form = Valid();
        form.TemplateKey = key;

        Assert.Empty(Validation.Errors(form));
        Assert.Null(form.Rules().TemplateKey);
    }

    [Theory]
    [InlineData("Deep Math")]
    [InlineData("<script>")]
    [InlineData("Key/Other")]
    public void A_template_marker_that_is_no_pdf_key_is_refused(string key)
    {
        var form = Valid();
        form.TemplateKey = key;

        var message = Assert.Single(Validation.ErrorsOn(form, nameof(CallForm.TemplateKey)));
        Assert.Contains("letters, digits", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_marker_longer_than_64_characters_is_refused() =>
        Assert.Equal(["The template marker can have at most 64 characters."],
            Validation.ErrorsOn(Valid().With(f => f.TemplateKey = new string('K', 65)), nameof(CallForm.TemplateKey)));

    public static TheoryData<string, double, string> OutOfRange => new()
    {
        { nameof(CallForm.MaxFileMiB), 0.5, "The largest PDF file must be between 1 and 50 MiB." },
        { nameof(CallForm.MaxFileMiB), 51, "The largest PDF file must be between 1 and 50 MiB." },
        { nameof(CallForm.PageWidth), 100, "The paper width must be between 144 and 2000 pt." },
        { nameof(CallForm.PageHeight), 2001, "The paper height must be between 144 and 2000 pt." },
        { nameof(CallForm.PageSizeTolerance), -1, "The paper size tolerance must be between 0 and 36 pt." },
        { nameof(CallForm.MarginLeft), -0.5, "The left margin must be between 0 and 300 pt." },
        { nameof(CallForm.MarginRight), 301, "The right margin must be between 0 and 300 pt." },
        { nameof(CallForm.MarginTop), 300.5, "The top margin must be between 0 and 300 pt." },
        { nameof(CallForm.MarginBottom), -72, "The bottom margin must be between 0 and 300 pt." },
        { nameof(CallForm.MarginTolerance), 37, "The margin tolerance must be between 0 and 36 pt." },
        { nameof(CallForm.MinBodyFontSize), 3.9, "The smallest body font size must be between 4 and 30 pt." },
        { nameof(CallForm.MinBodyFontSize), 31, "The smallest body font size must be between 4 and 30 pt." },
        { nameof(CallForm.FontSizeTolerance), 2.5, "The font size tolerance must be between 0 and 2 pt." },
        { nameof(CallForm.MinBodyFontSize), double.NaN, "The smallest body font size must be between 4 and 30 pt." },
        { nameof(CallForm.MarginLeft), double.PositiveInfinity, "The left margin must be between 0 and 300 pt." },
    };

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void Numbers_out_of_range_are_refused_with_the_range(string field, double value, string expected)
    {
        var form = Valid();
        typeof(CallForm).GetProperty(field)!.SetValue(form, value);

        Assert.Equal([expected], Validation.ErrorsOn(form, field));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(51)]
    public void Pages_outside_1_to_50_are_refused(int pages) =>
        Assert.Equal(["The most pages must be a whole number between 1 and 50."],
            Validation.ErrorsOn(Valid().With(f => f.MaxPages = pages), nameof(CallForm.MaxPages)));

    [Fact]
    public void The_limits_of_each_range_are_allowed()
    {
        var low = Valid().With(f =>
        {
            f.MaxFileMiB = 1; f.MaxPages = 1; f.PageWidth = 144; f.PageHeight = 144; f.PageSizeTolerance = 0;
            f.MarginLeft = 0; f.MarginRight = 0; f.MarginTop = 0; f.MarginBottom = 0; f.MarginTolerance = 0;
            f.MinBodyFontSize = 4; f.FontSizeTolerance = 0;
        });
        var high = Valid().With(f =>
        {
            f.MaxFileMiB = 50; f.MaxPages = 50; f.PageWidth = 2000; f.PageHeight = 2000; f.PageSizeTolerance = 36;
            f.MarginLeft = 300; f.MarginRight = 300; f.MarginTop = 300; f.MarginBottom = 300; f.MarginTolerance = 36;
            f.MinBodyFontSize = 30; f.FontSizeTolerance = 2;
        });

        Assert.Empty(Validation.Errors(low));
        Assert.Empty(Validation.Errors(high));
    }

    [Fact]
    public void Emptied_numbers_are_each_asked_for()
    {
        var form = Valid().With(f => { f.MaxPages = null; f.MarginTop = null; f.MinBodyFontSize = null; });

        Assert.Equal(["Enter the most pages an abstract may have."], Validation.ErrorsOn(form, nameof(CallForm.MaxPages)));
        Assert.Equal(["Enter the top margin in points (72 pt is 1 in)."], Validation.ErrorsOn(form, nameof(CallForm.MarginTop)));
        Assert.Equal(["Enter the smallest body font size, in points."], Validation.ErrorsOn(form, nameof(CallForm.MinBodyFontSize)));
    }

    [Fact]
    public void Margins_that_leave_no_room_for_text_are_refused_on_both_margins()
    {
        var form = Valid().With(f => { f.PageWidth = 400; f.MarginLeft = 200; f.MarginRight = 200; });

        var left = Assert.Single(Validation.ErrorsOn(form, nameof(CallForm.MarginLeft)));
        Assert.Contains("leave no room for text on paper 400 pt wide", left, StringComparison.Ordinal);
        Assert.Equal([left], Validation.ErrorsOn(form, nameof(CallForm.MarginRight)));
        Assert.Empty(Validation.ErrorsOn(form, nameof(CallForm.MarginTop)));

        var high = Valid().With(f => { f.PageHeight = 300; f.MarginTop = 150; f.MarginBottom = 160; });
        Assert.Contains("leave no room for text on paper 300 pt high", Assert.Single(Validation.ErrorsOn(high, nameof(CallForm.MarginBottom))), StringComparison.Ordinal);
    }

    [Fact]
    public void The_checker_safety_limits_stay_the_defaults_whatever_a_call_stores()
    {
        var call = NewCall();
        call.FormatRules = FormatRules.Default with { MaxPages = 3, MaxDecodedBytes = long.MaxValue, TimeBudgetMilliseconds = int.MaxValue };

        var rules = call.EffectiveRules();

        Assert.Equal(3, rules.MaxPages);
        Assert.Equal(FormatRules.Default.MaxDecodedBytes, rules.MaxDecodedBytes);
        Assert.Equal(FormatRules.Default.TimeBudgetMilliseconds, rules.TimeBudgetMilliseconds);
    }
}

internal static class CallFormTestExtensions
{
    public static CallForm With(this CallForm form, Action<CallForm> change)
    {
        change(form);
        return form;
    }
}
