using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Events.Domain;
using DeepMath.Web.Modules.Program.Contracts;
using DeepMath.Web.Modules.Program.Domain;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;

namespace DeepMath.Web.Modules.Demo;

/// <summary>
/// DeepMath 2025's invited speaker as a speaker profile (with a drawn placeholder photo, not a picture of anyone), so that
/// the demo's invited talk shows the profile's photo and links to its page. Fictitious, like the demo's other presenters.
/// </summary>
public static class DemoInvitedSpeaker
{
    public static readonly Guid Id = Guid.Parse("0193f1c2-5a6b-7c8d-9e0f-1a2b3c4d5e6f");
    public const string Name = "Sofia Karlsson";

    /// <summary>Creates the profile once and names it on the invited talk of <paramref name="draft"/> (the talk whose speaker is <see cref="Name"/>).</summary>
    public static async Task LinkAsync(DeepMathDbContext db, TimeProvider clock, DraftProgram draft, CancellationToken cancellationToken)
    {
        if (!await db.Speakers.AnyAsync(s => s.Id == Id, cancellationToken))
        {
            db.Speakers.Add(new Speaker
            {
                Id = Id, Name = Name, Affiliation = "KTH Royal Institute of Technology", Homepage = "https://example.org/sofia-karlsson",
                BiographyMarkdown = "Sofia Karlsson works on approximation theory and the mathematics of neural networks: how well deep "
                    + "networks approximate functions in Sobolev and Besov spaces, and at what cost in depth and width.\n\n"
                    + "*A fictitious speaker of the DeepMath demo; the photo is a drawn placeholder.*",
                Photo = Placeholder(), PhotoContentType = "image/png", CreatedAt = clock.GetUtcNow(), UpdatedAt = clock.GetUtcNow(),
            });
        }
        foreach (var item in draft.Items.Where(i => i.Kind == ItemKind.InvitedTalk && i.People.Any(p => p.Role == PersonRole.Speaker && p.Name == Name)))
        {
            item.SpeakerId = Id;
        }
    }

    /// <summary>A 256 px PNG: a circle on a coloured ground, drawn without fonts so that it looks the same on every machine.</summary>
    private static byte[] Placeholder()
    {
        using var surface = SKSurface.Create(new SKImageInfo(256, 256));
        var canvas = surface.Canvas;
        canvas.Clear(new SKColor(0x1f, 0x4e, 0x79));
        using var paint = new SKPaint { Color = new SKColor(0xd6, 0xe4, 0xf0), IsAntialias = true };
        canvas.DrawCircle(128, 100, 52, paint);
        canvas.DrawOval(new SKRect(48, 170, 208, 300), paint);
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }
}
