using DeepMath.Web.Modules.Program.PublicProgram;

namespace DeepMath.UnitTests.Program.PublicProgram;

public sealed class ProgramGridTests
{
    private readonly SnapshotBuilder _program = new();

    [Fact]
    public void Parallel_sessions_share_a_row_with_a_column_per_room_and_lone_ones_span_the_width()
    {
        var days = ProgramGrid.Days(_program.Build(), [SnapshotBuilder.Day1, SnapshotBuilder.Day2], day => $"zone {day:yyyy-MM-dd}");

        Assert.Equal([1, 2], days.Select(d => d.Index));
        var first = days[0];
        Assert.Equal(["Hall A", "Hall B"], first.Columns.Select(c => c.Name));
        var parallel = first.Blocks[0];
        Assert.Null(parallel.Alone);
        Assert.Equal([_program.TalksA], parallel.Cells[0].Select(s => s.Id));
        Assert.Equal([_program.TalksB], parallel.Cells[1].Select(s => s.Id));
        Assert.Equal([_program.Coffee, _program.Posters], first.Blocks.Skip(1).Select(b => b.Alone!.Id));
        Assert.Empty(days[1].Columns);
        Assert.Equal("zone 2025-11-07", days[1].ZoneName);
    }

    [Fact]
    public void On_a_phone_each_room_lists_its_sessions_and_the_breaks_that_name_no_room()
    {
        var first = ProgramGrid.Days(_program.Build(), [SnapshotBuilder.Day1], _ => "")[0];

        Assert.Equal(["Hall A", "Hall B"], first.ByRoom.Select(r => r.Room.Name));
        Assert.Equal([_program.TalksA, _program.Coffee, _program.Posters], first.ByRoom[0].Sessions.Select(s => s.Id));
        Assert.Equal([_program.TalksB, _program.Coffee], first.ByRoom[1].Sessions.Select(s => s.Id));
    }
}
