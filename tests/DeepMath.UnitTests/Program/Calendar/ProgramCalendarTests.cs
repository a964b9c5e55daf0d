using DeepMath.Web.Modules.Program.Calendar;
using Ical.Net.CalendarComponents;

namespace DeepMath.UnitTests.Program.Calendar;

public sealed class ProgramCalendarTests
{
    private readonly SnapshotBuilder _program = new();
    private static readonly DateTimeOffset _released = new(2025, 10, 20, 14, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_whole_program_parses_back_with_the_events_zone_and_one_event_per_session()
    {
        var snapshot = _program.Build();
        var ics = ProgramCalendar.Write(snapshot, new CalendarEdition("DeepMath 2025", 3, _released), CalendarSelection.Everything(snapshot));

        var calendar = Ical.Net.Calendar.Load(ics)!;
        var zone = Assert.Single(calendar.TimeZones);
        Assert.Equal(SnapshotBuilder.Zone, zone.TzId);
        // November in New York is EST (-05:00): the VTIMEZONE must say so for a client without a zone database.
        Assert.Contains(zone.TimeZoneInfos, info => info.Name == "STANDARD" && info.OffsetTo!.Offset == TimeSpan.FromHours(-5));
        Assert.Equal(snapshot.Sessions.Count, calendar.Events.Count);

        var talks = calendar.Events.Single(e => e.Uid == ProgramCalendar.SessionUid(snapshot.EventId, _program.TalksA));
        Assert.Equal(SnapshotBuilder.Zone, talks.DtStart!.TzId);
        Assert.Equal(new DateTime(2025, 11, 6, 14, 0, 0, DateTimeKind.Utc), talks.DtStart.AsUtc);
        Assert.Equal(new DateTime(2025, 11, 6, 15, 30, 0, DateTimeKind.Utc), talks.DtEnd!.AsUtc);
        Assert.Equal("Hall A", talks.Location);
        Assert.Equal("Approximation theory", talks.Summary);
        Assert.Equal(3, talks.Sequence);
        Assert.Equal(_released.UtcDateTime, talks.DtStamp!.AsUtc);
        Assert.Contains("09:00 Depth separation for ReLU networks — Maria Müller (Universität Wien)", talks.Description);
        Assert.Contains("李明", talks.Description);

        var coffee = calendar.Events.Single(e => e.Uid == ProgramCalendar.SessionUid(snapshot.EventId, _program.Coffee));
        Assert.Null(coffee.Location);
    }

    [Fact]
    public void Uids_stay_the_same_when_the_next_release_moves_an_item_and_the_sequence_grows()
    {
        var first = _program.Build();
        var second = _program.Build(talk1Starts: new TimeOnly(10, 0));
        var selection = new CalendarSelection(new HashSet<Guid> { _program.TalksA, _program.Posters }, new HashSet<Guid> { _program.Talk1, _program.Poster2 });

        var v1 = Ical.Net.Calendar.Load(ProgramCalendar.Write(first, new CalendarEdition("DeepMath 2025", 1, _released), selection))!;
        var v2 = Ical.Net.Calendar.Load(ProgramCalendar.Write(second, new CalendarEdition("DeepMath 2025", 2, _released.AddDays(3)), selection))!;

        Assert.Equal(v1.Events.Select(e => e.Uid).Order(), v2.Events.Select(e => e.Uid).Order());
        Assert.Equal(4, v1.Events.Select(e => e.Uid).Distinct().Count());
        CalendarEvent Moved(Ical.Net.Calendar c) => c.Events.Single(e => e.Uid == ProgramCalendar.ItemUid(first.EventId, _program.Talk1));
        Assert.Equal(14, Moved(v1).DtStart!.AsUtc.Hour);
        Assert.Equal(15, Moved(v2).DtStart!.AsUtc.Hour);
        Assert.True(Moved(v2).Sequence > Moved(v1).Sequence);
    }

    [Fact]
    public void Uids_differ_between_events_for_the_same_item_id()
    {
        var item = Guid.NewGuid();
        Assert.NotEqual(ProgramCalendar.ItemUid(Guid.NewGuid(), item), ProgramCalendar.ItemUid(Guid.NewGuid(), item));
        Assert.NotEqual(ProgramCalendar.ItemUid(Guid.Empty, item), ProgramCalendar.SessionUid(Guid.Empty, item));
    }

    [Fact]
    public void One_item_is_one_event_with_its_own_times_room_and_people_but_no_email()
    {
        var snapshot = _program.Build();
        var ics = ProgramCalendar.Write(snapshot, new CalendarEdition("DeepMath 2025", 1, _released), CalendarSelection.Item(_program.Poster2));

        var calendar = Ical.Net.Calendar.Load(ics)!;
        var poster = Assert.Single(calendar.Events);
        Assert.Equal(ProgramCalendar.ItemUid(snapshot.EventId, _program.Poster2), poster.Uid);
        Assert.Equal("Sharpness and generalization", poster.Summary);
        Assert.Equal("Hall A", poster.Location);
        Assert.Equal(new DateTime(2025, 11, 6, 19, 0, 0, DateTimeKind.Utc), poster.DtStart!.AsUtc);
        Assert.Contains("Poster, board 2", poster.Description);
        Assert.Contains("Olga Ivanova (Somewhere)", poster.Description);
        Assert.Contains("Session: Posters I", poster.Description);
        Assert.DoesNotContain("@example.org", ics);
        Assert.Single(calendar.TimeZones);
    }

    [Fact]
    public void The_url_of_each_event_comes_from_the_link_the_caller_gives()
    {
        var snapshot = _program.Build();
        var edition = new CalendarEdition("DeepMath 2025", 1, _released,
            (session, item) => new Uri($"https://example.org/p/{session:N}/{item?.ToString("N") ?? "-"}"));
        var calendar = Ical.Net.Calendar.Load(ProgramCalendar.Write(snapshot, edition, CalendarSelection.Session(_program.Coffee)))!;

        Assert.Equal(new Uri($"https://example.org/p/{_program.Coffee:N}/-"), Assert.Single(calendar.Events).Url);
    }

    [Fact]
    public void An_empty_program_is_still_a_valid_calendar_with_its_zone()
    {
        var snapshot = Web.Modules.Program.Contracts.ProgramSnapshot.Empty(Guid.NewGuid(), "Europe/Berlin");
        var calendar = Ical.Net.Calendar.Load(ProgramCalendar.Write(snapshot, new CalendarEdition("X", 1, _released), CalendarSelection.Everything(snapshot)))!;

        Assert.Empty(calendar.Events);
        Assert.Equal("Europe/Berlin", Assert.Single(calendar.TimeZones).TzId);
    }
}
