using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DeepMath.Web.Infrastructure.Web;

/// <summary>
/// A parameter named like a segment of its action's route is bound from the route only. Model binding
/// otherwise reads the form first: a posted field "id" or "code" would replace the value in the
/// address, after the address was the one authorized or re-executed (the error page answered any
/// status a form asked for). One convention for every action, so that no controller has to remember.
/// </summary>
internal sealed partial class RouteValuesFromRouteConvention : IActionModelConvention
{
    public void Apply(ActionModel action)
    {
        var templates = action.Controller.Selectors.Concat(action.Selectors)
            .Select(s => s.AttributeRouteModel?.Template)
            .OfType<string>();
        var routeNames = templates
            .SelectMany(t => RouteParameter().Matches(t).Select(m => m.Groups["name"].Value))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var parameter in action.Parameters)
        {
            if (routeNames.Contains(parameter.ParameterName) && parameter.BindingInfo?.BindingSource is null)
            {
                parameter.BindingInfo ??= new BindingInfo();
                parameter.BindingInfo.BindingSource = BindingSource.Path;
            }
        }
    }

    [GeneratedRegex(@"\{\*{0,2}(?<name>[A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex RouteParameter();
}
