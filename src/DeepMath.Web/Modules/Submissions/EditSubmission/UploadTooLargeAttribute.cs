using DeepMath.Web.Infrastructure.Web;
using DeepMath.Web.Modules.Events.Contracts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace DeepMath.Web.Modules.Submissions.EditSubmission;

/// <summary>
/// Reads the submission form before anything else does (the antiforgery check would be first, and
/// fail with a bare error), and answers an upload over the request limit with a page that says the
/// limit and what to do. Nothing of an oversize post is read, so nothing of it is saved.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class UploadTooLargeAttribute : Attribute, IAsyncAuthorizationFilter, IOrderedFilter
{
    public const string ViewPath = "/Modules/Submissions/EditSubmission/UploadTooLarge.cshtml";

    // Before the antiforgery filter (order 1000), after the request limits that routing applies.
    public int Order => 0;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var request = context.HttpContext.Request;
        if (!request.HasFormContentType)
        {
            return;
        }
        try
        {
            await request.ReadFormAsync(context.HttpContext.RequestAborted);
        }
        catch (Exception e) when (RequestLimits.IsTooLarge(e))
        {
            var page = new UploadTooLargePage(
                RequestLimits.MiB(SubmissionUploads.MaxRequestBytes), $"{CallRules.MaxFileMiB} MiB", request.Path.Value ?? "/submissions");
            var services = context.HttpContext.RequestServices;
            context.Result = new ViewResult
            {
                ViewName = ViewPath,
                StatusCode = StatusCodes.Status413PayloadTooLarge,
                ViewData = new ViewDataDictionary<UploadTooLargePage>(
                    services.GetRequiredService<IModelMetadataProvider>(), context.ModelState) { Model = page },
            };
        }
    }
}

public sealed record UploadTooLargePage(string RequestLimit, string PdfLimit, string BackUrl);
