using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DeepMath.Web.Modules.Reviewing.Data;

/// <summary>Maps a value object to a jsonb column; changes are detected by comparing the JSON, so a replaced or mutated value is saved.</summary>
internal static class JsonColumn
{
    private static readonly JsonSerializerOptions _options = new(JsonSerializerDefaults.Web);

    public static ValueConverter<T, string> Converter<T>(Func<T> fallback) where T : class =>
        new(value => JsonSerializer.Serialize(value, _options),
            json => JsonSerializer.Deserialize<T>(json, _options) ?? fallback());

    public static ValueComparer<T> Comparer<T>() where T : class =>
        new((a, b) => JsonSerializer.Serialize(a, _options) == JsonSerializer.Serialize(b, _options),
            v => JsonSerializer.Serialize(v, _options).GetHashCode(StringComparison.Ordinal),
            v => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(v, _options), _options)!);
}
