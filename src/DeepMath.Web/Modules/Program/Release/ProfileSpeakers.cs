using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Program.Contracts;
using DeepMath.Web.Modules.Program.Domain;

namespace DeepMath.Web.Modules.Program.Release;

/// <summary>
/// Brings each invited talk that names a speaker profile up to date with it before a release is previewed or made, so that
/// a profile edited after the talk was added (a new affiliation, a longer biography) reaches the program, its exports and the
/// book. A profile that no longer exists leaves the talk's copy as it was.
/// </summary>
public static class ProfileSpeakers
{
    public static async Task RefreshAsync(DraftProgram draft, SpeakerProfiles profiles, CancellationToken cancellationToken)
    {
        var items = draft.Items.Where(i => i.SpeakerId is not null).ToList();
        if (items.Count == 0)
        {
            return;
        }
        var cards = await profiles.ManyAsync(items.Select(i => i.SpeakerId!.Value).Distinct().ToList(), cancellationToken);
        foreach (var item in items)
        {
            if (!cards.TryGetValue(item.SpeakerId!.Value, out var card))
            {
                continue;
            }
            var index = item.People.FindIndex(p => p.Role == PersonRole.Speaker);
            if (index >= 0)
            {
                item.People[index] = item.People[index] with { Name = card.Name, Affiliation = card.Affiliation };
            }
            item.Biography = string.IsNullOrWhiteSpace(card.BiographyMarkdown) ? null : card.BiographyMarkdown;
        }
    }
}
