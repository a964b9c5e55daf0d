using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using DeepMath.AbstractFormat;

namespace DeepMath.Web.Modules.Events.Data;

/// <summary>
/// A call's format rules as stored in its jsonb column: camelCase names, as the command line's --rules
/// file reads them. The checker's safety limits are neither written nor read; a name missing from the
/// stored document (a rule added later) takes its default.
/// </summary>
internal static class FormatRulesJson
{
    // The affiliation rule follows the call's blind mode, so it is not a stored setting.
    private static readonly string[] _notStored =
        [nameof(FormatRules.MaxDecodedBytes), nameof(FormatRules.TimeBudgetMilliseconds), nameof(FormatRules.AffiliationIsError)];

    private static readonly JsonSerializerOptions _options = new(JsonSerializerDefaults.Web)
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { LeaveOutSafetyLimits } },
    };

    public static string Write(FormatRules rules) => JsonSerializer.Serialize(rules, _options);

    public static FormatRules Read(string json) => JsonSerializer.Deserialize<FormatRules>(json, _options) ?? FormatRules.Default;

    private static void LeaveOutSafetyLimits(JsonTypeInfo info)
    {
        if (info.Type != typeof(FormatRules))
        {
            return;
        }
        for (var i = info.Properties.Count - 1; i >= 0; i--)
        {
            if (_notStored.Contains(info.Properties[i].Name, StringComparer.OrdinalIgnoreCase))
            {
                info.Properties.RemoveAt(i);
            }
        }
    }
}
