using DeepMath.Web.Infrastructure.Email;

namespace DeepMath.UnitTests.Infrastructure.Email;

public sealed class OutboxMessageTests
{
    private static readonly DateTimeOffset _now = new(2025, 8, 31, 12, 0, 0, TimeSpan.Zero);

    private static OutboxMessage NewMessage() => new()
    {
        IdempotencyKey = "call:1:opened",
        ToAddress = "ada@example.org",
        Subject = "Call open",
        TextBody = "text",
        HtmlBody = "<p>text</p>",
        CreatedAt = _now,
        NextAttemptAt = _now,
    };

    [Fact]
    public void Backs_off_1_2_4_8_16_32_then_60_minutes()
    {
        var message = NewMessage();
        var waits = new List<double>();

        for (var attempt = 1; attempt < OutboxMessage.MaxAttempts; attempt++)
        {
            message.RecordFailure("SMTP 451", _now);
            waits.Add((message.NextAttemptAt - _now).TotalMinutes);
            Assert.Equal(OutboxState.Queued, message.State);
            Assert.Equal(attempt, message.Attempts);
        }

        Assert.Equal([1, 2, 4, 8, 16, 32, 60], waits);
    }

    [Fact]
    public void Fails_for_good_on_the_last_attempt()
    {
        var message = NewMessage();

        for (var attempt = 1; attempt <= OutboxMessage.MaxAttempts; attempt++)
        {
            message.RecordFailure($"failure {attempt}", _now);
        }

        Assert.Equal(OutboxState.Failed, message.State);
        Assert.Equal(OutboxMessage.MaxAttempts, message.Attempts);
        Assert.Equal($"failure {OutboxMessage.MaxAttempts}", message.LastError);
        Assert.Null(message.SentAt);
    }

    [Fact]
    public void Keeps_at_most_2000_characters_of_the_error()
    {
        var message = NewMessage();

        message.RecordFailure(new string('x', 5000), _now);

        Assert.Equal(2000, message.LastError!.Length);
    }

    [Fact]
    public void Recording_sent_marks_it_sent_and_clears_the_last_error()
    {
        var message = NewMessage();
        message.RecordFailure("SMTP 451", _now);

        message.RecordSent(_now.AddMinutes(1));

        Assert.Equal(OutboxState.Sent, message.State);
        Assert.Equal(_now.AddMinutes(1), message.SentAt);
        Assert.Null(message.LastError);
        Assert.Equal(2, message.Attempts);
    }

    [Fact]
    public void A_new_message_is_queued_without_attempts()
    {
        var message = NewMessage();

        Assert.Equal(OutboxState.Queued, message.State);
        Assert.Equal(0, message.Attempts);
    }
}
