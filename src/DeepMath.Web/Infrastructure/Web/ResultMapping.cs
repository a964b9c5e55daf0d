using DeepMath.Web.Infrastructure.Results;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DeepMath.Web.Infrastructure.Web;

/// <summary>How a controller turns a handler's <see cref="Result"/> into HTTP: the one mapping every slice uses.</summary>
public static class ResultMapping
{
    /// <summary>Copies the errors into the form's model state (field keys as the handler named them).</summary>
    public static void AddTo(this Result result, ModelStateDictionary modelState)
    {
        foreach (var (field, messages) in result.Errors)
        {
            foreach (var message in messages)
            {
                modelState.AddModelError(field, message);
            }
        }
    }

    /// <summary>The HTTP status of a page that shows the result again: 400 for input to correct, 409 for a state that refuses it now.</summary>
    public static int HttpStatus(this Result result) => result.Status switch
    {
        ResultStatus.Success => StatusCodes.Status200OK,
        ResultStatus.NotFound => StatusCodes.Status404NotFound,
        ResultStatus.Forbidden => StatusCodes.Status403Forbidden,
        ResultStatus.Conflict => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status400BadRequest,
    };

    /// <summary>404 or 403 for a result that is one of those; null when the caller should go on (success or invalid input).</summary>
    public static IActionResult? Refusal(this Controller controller, Result result) => result.Status switch
    {
        ResultStatus.NotFound => controller.NotFound(),
        ResultStatus.Forbidden => controller.Forbid(),
        _ => null,
    };
}
