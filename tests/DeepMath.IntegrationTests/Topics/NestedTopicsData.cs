using System.Globalization;
using DeepMath.AbstractFormat;
using DeepMath.Assignment;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Events.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.Topics;

/// <summary>A call's topics in two levels, and the call form's fields, for the nested-topic and call-for-papers tests.</summary>
public static class NestedTopicsData
{
    public const string Optimization = "Optimization";
    public const string Generalization = "Generalization";
    public static readonly string EdgeOfStability = NestedTopics.Path(Optimization, "Edge of stability");
    public static readonly string ImplicitBias = NestedTopics.Path(Optimization, "Implicit bias");
    public static readonly string BenignOverfitting = NestedTopics.Path(Generalization, "Benign overfitting");

    /// <summary>Optimization (edge of stability, implicit bias), Generalization (benign overfitting), as stored.</summary>
    public static readonly string[] CallTopics = [Optimization, EdgeOfStability, ImplicitBias, Generalization, BenignOverfitting];

    public static Task SetTopicsAsync(this AppFixture app, Guid callId, string[] topics, bool doubleBlind = true) =>
        app.WithScopeAsync(s => s.GetRequiredService<DeepMathDbContext>().Calls.Where(c => c.Id == callId)
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.Topics, [.. topics]).SetProperty(c => c.DoubleBlind, doubleBlind)));

    public static Task<Call> StoredCallAsync(this AppFixture app, Guid callId) =>
        app.WithScopeAsync(s => s.GetRequiredService<DeepMathDbContext>().Calls.AsNoTracking().SingleAsync(c => c.Id == callId));

    /// <summary>Every field of the call form with <paramref name="rules"/> (the DeepMath defaults if null), then <paramref name="changes"/>.</summary>
    public static Dictionary<string, string> CallFields(FormatRules? rules = null, params (string Name, string Value)[] changes)
    {
        var r = rules ?? FormatRules.Default;
        string N(double value) => value.ToString(CultureInfo.InvariantCulture);
        var fields = new Dictionary<string, string>
        {
            ["Title"] = "Call for abstracts", ["OpensOn"] = "2025-07-01", ["ClosesOn"] = "2025-08-31", ["NotificationOn"] = "2025-10-01",
            ["DeadlineZone"] = "EventZone", ["Topics"] = "Optimization\nGeneralization", ["Disciplines"] = "Mathematics", ["ReviewsPerSubmission"] = "3",
            ["DoubleBlind"] = "true",
            ["MaxFileMiB"] = N(r.MaxFileBytes / (1024.0 * 1024)), ["MaxPages"] = N(r.MaxPages),
            ["ReferencesOnlyAfterFirstPage"] = r.ReferencesOnlyFromPage is null ? "false" : "true",
            ["PageWidth"] = N(r.PageWidth), ["PageHeight"] = N(r.PageHeight), ["PageSizeTolerance"] = N(r.PageSizeTolerance),
            ["MarginLeft"] = N(r.MarginLeft), ["MarginRight"] = N(r.MarginRight), ["MarginTop"] = N(r.MarginTop), ["MarginBottom"] = N(r.MarginBottom),
            ["MarginTolerance"] = N(r.MarginTolerance), ["MinBodyFontSize"] = N(r.MinBodyFontSize), ["FontSizeTolerance"] = N(r.FontSizeTolerance),
            ["TemplateKey"] = r.TemplateKey ?? "", ["CheckAnonymity"] = r.CheckAnonymity ? "true" : "false",
            ["WarnOnAcknowledgments"] = r.WarnOnAcknowledgments ? "true" : "false",
        };
        foreach (var (name, value) in changes)
        {
            fields[name] = value;
        }
        return fields;
    }
}
