namespace DeepMath.AbstractFormat;

/// <summary>An author as listed on the submission form, whose identity must not show in the PDF.</summary>
/// <param name="Name">The full name, given names first ("Zoë Müller-Łukasiewicz").</param>
/// <param name="Email">The e-mail address, or null.</param>
public sealed record ListedAuthor(string Name, string? Email = null);
