using DeepMath.Web.Modules.Decisions.Domain;
using DeepMath.Web.Modules.Decisions.Emails;
using DeepMath.Web.Modules.Decisions.Templates;
using DeepMath.Web.Modules.Reviewing.Contracts;

namespace DeepMath.UnitTests.Modules.Decisions;

public sealed class NotificationTextTests
{
    [Fact]
    public void Default_subjects_say_what_happened_and_never_read_like_the_receipt()
    {
        foreach (var outcome in DecisionOutcome.BuiltIn)
        {
            var subject = Placeholders.Fill(DefaultTemplates.Subject(outcome), new Dictionary<string, string>
            {
                ["event"] = "DeepMath 2025", ["number"] = "17", ["registration_deadline"] = "5 November 2025",
            });
            Assert.DoesNotContain("received", subject, StringComparison.OrdinalIgnoreCase);
            Assert.Contains(outcome.Label, subject, StringComparison.Ordinal);
            Assert.Empty(TemplateHandler.Validate(DefaultTemplates.Subject(outcome), DefaultTemplates.Body(outcome)).Messages);
        }
        Assert.Equal("DeepMath 2025: abstract 17 accepted as a poster — register by 5 November 2025",
            Placeholders.Fill(DefaultTemplates.Subject(DecisionOutcome.BuiltIn[1]), new Dictionary<string, string>
            {
                ["event"] = "DeepMath 2025", ["number"] = "17", ["registration_deadline"] = "5 November 2025",
            }));
    }

    [Fact]
    public void Validation_names_unknown_placeholders_and_refuses_a_receipt_like_subject()
    {
        var errors = TemplateHandler.Validate("{event}: submission {number} received", "Dear {nmae}, {reviews}").Messages.ToList();

        Assert.Contains(errors, e => e.Contains("receipt", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("{nmae}", StringComparison.Ordinal));
        Assert.Equal(2, errors.Count);
        Assert.Contains(TemplateHandler.Validate("", "x").Messages, e => e.StartsWith("Write a subject", StringComparison.Ordinal));
    }

    [Fact]
    public void Reviews_are_labelled_empty_comments_are_left_out_and_line_breaks_and_blank_lines_are_kept()
    {
        var text = NotificationValues.ReviewsText([Review(1, "Clear and\nnew.\r\n\r\nA second paragraph."), Review(2, ""), Review(3, "Cite Smith.")]);

        Assert.Equal("Reviewer 1: Clear and\nnew.\n\nA second paragraph.\n\nReviewer 3: Cite Smith.", text);
        Assert.Equal("(The reviewers left no comments for the authors.)", NotificationValues.ReviewsText(Array.Empty<ReviewForAuthors>()));
    }

    private static ReviewForAuthors Review(int ordinal, string comments) => new($"Reviewer {ordinal}", ordinal, [], null, null, comments);
}
