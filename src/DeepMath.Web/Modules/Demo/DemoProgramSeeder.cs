using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Decisions.Domain;
using DeepMath.Web.Modules.Program.Contracts;
using DeepMath.Web.Modules.Program.Domain;
using DeepMath.Web.Modules.Program.Rules;
using DeepMath.Web.Modules.Submissions.Contracts;
using DeepMath.Web.Modules.Submissions.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Demo;

/// <summary>
/// Gives DeepMath 2025 a released program for both days, idempotently: 40 generated accepted abstracts (23 talks,
/// 17 posters; the first presented by the demo author Alan Author) when the call has no decision yet, then a
/// working copy with contributed talks in two rooms, two poster sessions with numbered boards, an invited talk,
/// a panel, breaks and a dinner, released as version 1. The presenters' addresses are invented, so the release
/// queues no e-mail.
/// </summary>
public sealed class DemoProgramSeeder(DeepMathDbContext db, TimeProvider clock)
{
    private static readonly DateOnly Day1 = new(2025, 11, 6);
    private static readonly DateOnly Day2 = new(2025, 11, 7);
    private static readonly DateTimeOffset Decided = new(2025, 10, 1, 12, 0, 0, TimeSpan.Zero);

    public async Task SeedAsync(Guid eventId, Guid callId, string demoAuthorId, string organizerId, CancellationToken cancellationToken)
    {
        if (await db.ProgramReleases.AnyAsync(r => r.EventId == eventId, cancellationToken))
        {
            return;
        }
        if (!await db.Decisions.AnyAsync(d => d.CallId == callId, cancellationToken))
        {
            await GenerateAcceptedAsync(callId, demoAuthorId, organizerId, cancellationToken);
        }
        var accepted = await (from d in db.Decisions.AsNoTracking()
                              join s in db.Submissions.AsNoTracking() on d.SubmissionId equals s.Id
                              where d.CallId == callId && (d.OutcomeKey == DecisionOutcome.Talk || d.OutcomeKey == DecisionOutcome.Poster)
                              orderby s.Number
                              select new { s.Id, s.Number, s.Title, s.Topics, s.Authors, d.OutcomeKey })
            .ToListAsync(cancellationToken);
        var talks = new Queue<DraftItem>();
        var posters = new Queue<DraftItem>();
        foreach (var a in accepted)
        {
            var presenter = a.Authors.OrderBy(x => x.Position).First();
            var item = new DraftItem
            {
                Title = a.Title, SubmissionId = a.Id, SubmissionNumber = a.Number, Topics = [.. a.Topics],
                People = [new ProgramPerson(PersonRole.Presenter, presenter.Name, presenter.Affiliation, presenter.Email, null)],
            };
            (a.OutcomeKey == DecisionOutcome.Talk ? talks : posters).Enqueue(item);
        }
        var draft = DemoProgramLayout.Build(Day1, Day2, talks, posters);
        await DemoInvitedSpeaker.LinkAsync(db, clock, draft, cancellationToken);
        var snapshot = SnapshotBuilder.Build(eventId, "America/New_York", draft);
        if (ProgramChecks.Clashes(snapshot) is { Count: > 0 } clashes)
        {
            throw new InvalidOperationException("The demo program clashes: " + string.Join(" ", clashes));
        }
        db.WorkingPrograms.Add(new WorkingProgram { EventId = eventId, Revision = 1, UpdatedAt = clock.GetUtcNow(), Draft = draft });
        db.ProgramReleases.Add(new ProgramRelease
        {
            EventId = eventId, Version = 1, Name = "Final program", Comment = "The program of both days, with poster boards.",
            ReleasedAt = Decided.AddDays(14), ReleasedBy = organizerId, Snapshot = snapshot,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task GenerateAcceptedAsync(Guid callId, string demoAuthorId, string organizerId, CancellationToken cancellationToken)
    {
        var first = (await db.Submissions.Where(s => s.CallId == callId).MaxAsync(s => (int?)s.Number, cancellationToken) ?? 0) + 1;
        for (var i = 0; i < DemoAbstracts.Titles.Length; i++)
        {
            var (title, topic) = DemoAbstracts.Titles[i];
            var (name, affiliation) = DemoAbstracts.Presenters[i];
            var email = i == 0 ? "author1@deepmath.test" : $"presenter{i + 1}@deepmath.test";
            var submission = new Submission
            {
                CallId = callId, Number = first + i, OwnerId = i == 0 ? demoAuthorId : organizerId, Title = title, Abstract = DemoAbstracts.Abstract(title),
                Topics = [topic], Disciplines = ["Mathematics"], State = SubmissionState.Submitted, CreatedAt = Decided.AddDays(-40),
                UpdatedAt = Decided.AddDays(-40), SubmittedAt = Decided.AddDays(-40),
            };
            submission.SetAuthors([new SubmissionAuthor { Name = name, Email = email, Affiliation = affiliation, Country = "Norway" }]);
            db.Submissions.Add(submission);
            var decision = new Decision
            {
                CallId = callId, SubmissionId = submission.Id, OutcomeKey = i < DemoAbstracts.Talks ? DecisionOutcome.Talk : DecisionOutcome.Poster,
                DecidedBy = organizerId, DecidedAt = Decided,
            };
            decision.MarkSent(Decided);
            db.Decisions.Add(decision);
        }
        await db.SaveChangesAsync(cancellationToken);
        var last = first + DemoAbstracts.Titles.Length - 1;
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO submissions.submission_counters (call_id, last_number) VALUES ({callId}, {last})
            ON CONFLICT (call_id) DO UPDATE SET last_number = GREATEST(submission_counters.last_number, {last})
            """, cancellationToken);
    }
}
