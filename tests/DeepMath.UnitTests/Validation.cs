using System.ComponentModel.DataAnnotations;

namespace DeepMath.UnitTests;

/// <summary>Validates an object the way MVC model binding and options validation do: attributes on every property, then IValidatableObject.</summary>
public static class Validation
{
    public static IReadOnlyList<ValidationResult> Errors(object instance)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(instance, new ValidationContext(instance), results, validateAllProperties: true);
        return results;
    }

    /// <summary>The messages of the errors that name <paramref name="member"/>.</summary>
    public static IReadOnlyList<string> ErrorsOn(object instance, string member) =>
        Errors(instance).Where(r => r.MemberNames.Contains(member)).Select(r => r.ErrorMessage ?? string.Empty).ToList();
}
