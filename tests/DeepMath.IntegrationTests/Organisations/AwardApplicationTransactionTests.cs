using System.Net;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.Organisations;

/// <summary>An award application is one transaction: the thesis's submission and its PDF go back when the application's row fails.</summary>
[Collection(AppCollection.Name)]
public sealed class AwardApplicationTransactionTests(AppFixture app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_failure_saving_the_application_row_leaves_no_thesis_submission_nor_its_pdf_behind()
    {
        using var round = await AwardRound.OpenAsync(app);
        var callId = round.CallId;
        var ada = await round.ApplicantAsync("ada@example.org", "Ada Quill");
        var thesis = ThesisPdf.Create(3, "Ada Quill", "ada@example.org");

        // A real failure of the second part: the database refuses the application's row after the thesis's submission was written.
        await SqlAsync("""
            CREATE FUNCTION organisations.refuse_application() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'application refused by the test'; END $$;
            CREATE TRIGGER refuse_application BEFORE INSERT ON organisations.award_applications
            FOR EACH ROW EXECUTE FUNCTION organisations.refuse_application();
            """);
        try
        {
            using var refused = await ada.ApplyAsync(callId, "Ada Quill", "sam@uni.example", thesis);
            var html = await refused.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("could not be saved, and nothing of it was kept", html);
        }
        finally
        {
            await SqlAsync("DROP TRIGGER refuse_application ON organisations.award_applications; DROP FUNCTION organisations.refuse_application();");
        }

        var left = await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<DeepMathDbContext>();
            return new
            {
                Submissions = await db.Submissions.CountAsync(), Pdfs = await db.SubmissionPdfs.CountAsync(), Blobs = await db.PdfBlobs.CountAsync(),
                Applications = await db.AwardApplications.CountAsync(), Files = await db.ApplicationFiles.CountAsync(),
                Mails = await db.OutboxMessages.CountAsync(),
            };
        });
        Assert.Equal(new { Submissions = 0, Pdfs = 0, Blobs = 0, Applications = 0, Files = 0, Mails = 0 }, left);

        // Nothing half-done stands in the way: the same applicant applies again with the same thesis, and it is number 1.
        var applicationId = await ada.ApplyOkAsync(callId, "Ada Quill", "sam@uni.example", thesis);
        var number = await app.WithScopeAsync(services => services.GetRequiredService<DeepMathDbContext>().AwardApplications
            .Where(a => a.Id == applicationId).Select(a => a.Number).SingleAsync());
        Assert.Equal(1, number);
    }

    private Task SqlAsync(string sql) =>
        app.WithScopeAsync(services => services.GetRequiredService<DeepMathDbContext>().Database.ExecuteSqlRawAsync(sql));
}
