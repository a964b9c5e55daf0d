using Microsoft.AspNetCore.Html;

namespace DeepMath.UnitTests.Architecture.Violations.Library;

/// <summary>Breaks the library rule on purpose: a library type that uses ASP.NET Core.</summary>
public sealed class ReachesIntoAspNetCore
{
    public HtmlString Html { get; } = new("<p>x</p>");
}
