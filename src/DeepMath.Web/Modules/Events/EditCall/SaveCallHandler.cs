using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Events.Data;
using DeepMath.Web.Modules.Events.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Events.EditCall;

/// <summary>
/// Adds and saves calls of an event the caller manages, with the call's own template when it has one. Changing a date
/// needs no rescheduling: the lifecycle sweep reads the dates each minute, and its step keys carry the date they were due for.
/// </summary>
public sealed class SaveCallHandler(IEventsData db, TimeProvider clock)
{
    public const string TemplateField = "template";

    private const string MissingTemplate =
        "Choose the template file to upload (a .zip, or one .tex, .sty or .cls file), or choose the DeepMath template or no template.";

    /// <summary>The call of the event as its form, or null when the event has no such call.</summary>
    public async Task<CallForm?> FormAsync(Guid eventId, Guid callId, CancellationToken cancellationToken) =>
        await db.Calls.AsNoTracking().SingleOrDefaultAsync(c => c.Id == callId && c.EventId == eventId, cancellationToken) is { } call
            ? CallForm.From(call)
            : null;

    /// <summary>The name and size of the call's own template file, when one is stored.</summary>
    public async Task<StoredTemplate?> StoredTemplateAsync(Guid callId, CancellationToken cancellationToken) =>
        await db.CallTemplates.AsNoTracking().Where(t => t.CallId == callId)
            .Select(t => new StoredTemplate(t.FileName, t.SizeBytes)).SingleOrDefaultAsync(cancellationToken);

    /// <returns>The new call's id.</returns>
    public async Task<Result<Guid>> CreateAsync(Guid eventId, CallForm form, TemplateUpload? upload, CancellationToken cancellationToken)
    {
        if (form.Template == TemplateChoice.Own && upload is null)
        {
            return Result<Guid>.Invalid(TemplateField, MissingTemplate);
        }
        var call = new Call { EventId = eventId, Title = form.Title };
        form.ApplyTo(call);
        db.Calls.Add(call);
        KeepTemplate(call.Id, form.Template, upload, null);
        await db.SaveChangesAsync(cancellationToken);
        return call.Id;
    }

    public async Task<Result> UpdateAsync(Guid eventId, Guid callId, CallForm form, TemplateUpload? upload, CancellationToken cancellationToken)
    {
        var call = await db.Calls.SingleOrDefaultAsync(c => c.Id == callId && c.EventId == eventId, cancellationToken);
        if (call is null)
        {
            return Result.NotFound();
        }
        var stored = await db.CallTemplates.SingleOrDefaultAsync(t => t.CallId == callId, cancellationToken);
        if (form.Template == TemplateChoice.Own && upload is null && stored is null)
        {
            return Result.Invalid(TemplateField, MissingTemplate);
        }
        form.ApplyTo(call);
        KeepTemplate(call.Id, form.Template, upload, stored);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }

    /// <summary>Stores a new upload, keeps the stored file while the call has its own template, and removes it when the call no longer does.</summary>
    private void KeepTemplate(Guid callId, TemplateChoice choice, TemplateUpload? upload, CallTemplateFile? stored)
    {
        if (choice != TemplateChoice.Own)
        {
            if (stored is not null)
            {
                db.CallTemplates.Remove(stored);
            }
            return;
        }
        if (upload is null)
        {
            return;
        }
        var file = stored ?? db.CallTemplates.Add(new CallTemplateFile { CallId = callId, FileName = upload.FileName, ContentType = upload.ContentType, Content = upload.Content }).Entity;
        file.FileName = upload.FileName;
        file.ContentType = upload.ContentType;
        file.Content = upload.Content;
        file.SizeBytes = upload.Content.LongLength;
        file.UploadedAt = clock.GetUtcNow();
    }
}

public sealed record StoredTemplate(string FileName, long SizeBytes);
