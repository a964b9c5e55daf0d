using DeepMath.Web.Modules.Registration.Domain;

namespace DeepMath.UnitTests.Modules.Registration.Domain;

public sealed class SeatMapTests
{
    private static readonly Guid _student = Guid.NewGuid();
    private static readonly Guid _academic = Guid.NewGuid();

    [Fact]
    public void A_capped_type_fills_up_while_the_event_still_has_seats_for_others()
    {
        var map = new SeatMap(3, new Dictionary<Guid, int?> { [_student] = 1, [_academic] = null }, [], new HashSet<Guid>());
        Assert.True(map.NewcomerMaySit(_student));
        map.Take(_student);
        Assert.False(map.NewcomerMaySit(_student));
        Assert.True(map.NewcomerMaySit(_academic));
        map.Take(_academic);
        map.Take(_academic);
        Assert.Equal(0, map.FreeSeats);
        Assert.False(map.NewcomerMaySit(_academic));
    }

    [Fact]
    public void A_newcomer_does_not_take_a_freed_seat_that_someone_waiting_could_take()
    {
        var map = new SeatMap(2, new Dictionary<Guid, int?> { [_student] = null, [_academic] = null }, new() { [_academic] = 1 }, new HashSet<Guid> { _student });
        Assert.Equal(1, map.FreeSeats);
        Assert.False(map.NewcomerMaySit(_academic));
        Assert.True(map.HasSeatFor(_student));
    }
}
