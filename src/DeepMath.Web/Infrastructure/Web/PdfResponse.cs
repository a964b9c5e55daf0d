using System.Net.Mime;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace DeepMath.Web.Infrastructure.Web;

/// <summary>
/// Sends a PDF either to open in the browser's viewer (inline) or to save (attachment), never cached. The
/// response's own Content-Security-Policy is the PDF one of <see cref="SecurityHeaders"/>, which lets the viewer run.
/// </summary>
public static class PdfResponse
{
    public static FileContentResult Send(ControllerBase controller, byte[] bytes, string fileName, bool download)
    {
        var headers = controller.Response.Headers;
        headers.CacheControl = "private, no-store";
        var disposition = new ContentDispositionHeaderValue(download ? "attachment" : "inline");
        disposition.SetHttpFileName(fileName);
        headers.ContentDisposition = disposition.ToString();
        return controller.File(bytes, MediaTypeNames.Application.Pdf);
    }
}
