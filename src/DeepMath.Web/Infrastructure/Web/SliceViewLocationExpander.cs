using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Razor;

namespace DeepMath.Web.Infrastructure.Web;

/// <summary>
/// Finds a use case's views beside its controller: the controller
/// DeepMath.Web.Modules.Events.EventPage.EventPageController looks in /Modules/Events/EventPage/.
/// </summary>
internal sealed class SliceViewLocationExpander : IViewLocationExpander
{
    private const string Key = "slice";
    private const string RootNamespace = "DeepMath.Web.";

    public void PopulateValues(ViewLocationExpanderContext context)
    {
        if (context.ActionContext.ActionDescriptor is ControllerActionDescriptor action
            && action.ControllerTypeInfo.Namespace is { } ns
            && ns.StartsWith(RootNamespace, StringComparison.Ordinal))
        {
            context.Values[Key] = "/" + ns[RootNamespace.Length..].Replace('.', '/');
        }
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations)
    {
        if (context.Values.TryGetValue(Key, out var folder) && folder is not null)
        {
            yield return folder + "/{0}.cshtml";
        }
        foreach (var location in viewLocations)
        {
            yield return location;
        }
    }
}
