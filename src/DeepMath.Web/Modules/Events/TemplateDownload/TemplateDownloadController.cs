using System.IO.Compression;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Events.TemplateDownload;

/// <summary>The DeepMath LaTeX template (style file, example with bibliography) as one zip, built from wwwroot/template.</summary>
[Route("template/deepmath-template.zip")]
public sealed class TemplateDownloadController(IWebHostEnvironment environment) : Controller
{
    [HttpGet("")]
    public IActionResult Index()
    {
        var folder = environment.WebRootFileProvider.GetDirectoryContents("template");
        if (!folder.Exists)
        {
            return NotFound();
        }
        var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in folder.Where(f => !f.IsDirectory).OrderBy(f => f.Name, StringComparer.Ordinal))
            {
                var entry = archive.CreateEntry($"deepmath-template/{file.Name}", CompressionLevel.Optimal);
                using var source = file.CreateReadStream();
                using var target = entry.Open();
                source.CopyTo(target);
            }
        }
        zip.Position = 0;
        return File(zip, "application/zip", "deepmath-template.zip");
    }
}
