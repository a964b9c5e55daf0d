using DeepMath.Web.Infrastructure.Results;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DeepMath.UnitTests.Architecture.Violations.ResultShapes.Modules.Alpha.ListThings;

/// <summary>A handler that writes its errors into the controller's ModelState instead of returning them (the rule must catch it).</summary>
public sealed class SaveThingHandler
{
    public Result Save(string title, ModelStateDictionary modelState)
    {
        if (title.Length == 0)
        {
            modelState.AddModelError(nameof(title), "Enter a title.");
        }
        return Result.Success();
    }
}
