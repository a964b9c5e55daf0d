using DeepMath.Web.Infrastructure.Results;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Infrastructure.Web;

/// <summary>How a controller passes a handler's message to the page it redirects to (the layout shows TempData's Status and Error).</summary>
public static class StatusMessages
{
    /// <summary>The result's value as the status line when it succeeded, else its messages as the error line.</summary>
    public static void Tell(this Controller controller, Result<string> result) =>
        controller.TempData[result.Succeeded ? "Status" : "Error"] = result.Succeeded ? result.Value : string.Join(" ", result.Messages);
}
