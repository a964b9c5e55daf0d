using System.Diagnostics;
using System.Text.Json;
using DeepMath.Web.Infrastructure.Jobs;
using DeepMath.Web.Modules.Program.Book.Typesetting;
using DeepMath.Web.Modules.Program.Data;
using DeepMath.Web.Modules.Program.Domain;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Program.Book.Jobs;

/// <summary>
/// Builds an event's book of abstracts and stores it, telling the organizers' page each step. Safe to run twice: a
/// book already built from the same input is left alone. One build at a time (TeX takes both cores for seconds).
/// </summary>
[AutomaticRetry(Attempts = 0)]
[OneRunAtATime]
public sealed class BuildBookJob(IProgramData db, BookInputQuery inputs, BookTypesetter typesetter, TimeProvider clock, ILogger<BuildBookJob> logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task RunAsync(Guid eventId, CancellationToken cancellationToken)
    {
        if (await inputs.LoadAsync(eventId, cancellationToken) is not { } input)
        {
            return;
        }
        var book = await db.ProgramBooks.SingleOrDefaultAsync(b => b.EventId == eventId, cancellationToken);
        if (book is null)
        {
            book = new ProgramBook { EventId = eventId, SeenHash = input.Hash, SeenAt = clock.GetUtcNow() };
            db.ProgramBooks.Add(book);
        }
        else if (book.BuiltHash == input.Hash && book.State == BookState.Built)
        {
            return;
        }
        var abstracts = input.Content.Abstracts().Count();
        var step = 1;
        var steps = 3;
        book.State = BookState.Building;
        book.AttemptedHash = input.Hash;
        book.StartedAt = clock.GetUtcNow();
        book.Failure = null;
        book.Step = $"{step} of {steps}: read release {input.ReleaseVersion} and {abstracts} abstracts";
        await db.SaveChangesAsync(cancellationToken);

        var clockwatch = Stopwatch.StartNew();
        try
        {
            var built = await typesetter.BuildAsync(input.Content, async what =>
            {
                step++;
                steps = Math.Max(steps, step + 1);
                book.Step = $"{step} of {steps}: {what}";
                await db.SaveChangesAsync(CancellationToken.None);
            }, cancellationToken);
            book.Problems = JsonSerializer.Serialize(built.Problems, Json);
            if (built.Pdf is null)
            {
                Fail(book, built.Failure ?? "TeX wrote no PDF");
            }
            else
            {
                book.Step = $"{steps} of {steps}: store the PDF";
                book.Pdf = built.Pdf;
                book.Pages = built.Pages;
                book.Abstracts = abstracts;
                book.ReleaseVersion = input.ReleaseVersion;
                book.BuiltHash = input.Hash;
                book.BuiltAt = clock.GetUtcNow();
                book.BuildSeconds = Math.Round(clockwatch.Elapsed.TotalSeconds, 1);
                book.State = BookState.Built;
                book.Step = null;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "The book of abstracts of event {EventId} could not be built", eventId);
            Fail(book, $"the build stopped: {ex.Message}");
        }
        await db.SaveChangesAsync(CancellationToken.None);
    }

    private static void Fail(ProgramBook book, string reason)
    {
        book.State = BookState.Failed;
        book.Step = null;
        book.Failure = reason.Length <= ProgramBook.FailureMaxLength ? reason : reason[..ProgramBook.FailureMaxLength];
    }
}
