using DeepMath.Web.Infrastructure.Email;

namespace DeepMath.UnitTests.Architecture.Violations.Links;

/// <summary>Mail code that writes its links by hand (lines 10 and 12: every piece of a path is one), beside what the rule lets through.</summary>
public sealed class HandBuiltMailLinks(LinkBuilder links)
{
    public const string Stylesheet = "/css/site.css";

    public string Receipt(Guid id) => links.Absolute($"/submissions/{id}");

    public string Register(string slug) => links.Absolute("/events/" + slug + "/register");

    public string Routed(string routedPath) => links.Absolute(routedPath);
}
