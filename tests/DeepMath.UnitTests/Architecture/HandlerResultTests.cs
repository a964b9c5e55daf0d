namespace DeepMath.UnitTests.Architecture;

public sealed class HandlerResultTests
{
    private const string Namespace = Assemblies.ViolationsNamespace + ".Handlers.Modules.Alpha.DoThing";

    [Fact]
    public void Handlers_answer_with_the_shared_result() =>
        NoViolations.In(HandlerResultRule.Violations(Assemblies.Web, "DeepMath.Web.Modules"));

    [Fact]
    public void Rule_sees_the_real_handlers() =>
        Assert.Contains(Assemblies.Web.GetTypes(), t => t.FullName == "DeepMath.Web.Modules.Submissions.EditSubmission.SaveSubmissionHandler");

    [Fact]
    public void Rule_fails_on_a_tuple_an_outcome_record_and_an_error_list_even_when_async() =>
        Assert.Equal(
            [
                $"{Namespace}.ShapelessHandler.CountAsync -> ValueTuple`2",
                $"{Namespace}.ShapelessHandler.Problems -> IReadOnlyList`1",
                $"{Namespace}.ShapelessHandler.SaveAsync -> SaveOutcome",
            ],
            HandlerResultRule.Violations(Assemblies.Tests, Assemblies.ViolationsNamespace + ".Handlers.Modules"));

    [Fact]
    public void Rule_fails_on_a_query_tuple_a_contract_outcome_a_value_or_error_tuple_and_model_state_passed_in()
    {
        const string Alpha = Assemblies.ViolationsNamespace + ".ResultShapes.Modules.Alpha";
        Assert.Equal(
            [
                $"{Alpha}.Contracts.ThingIntake.SubmitAsync -> IntakeOutcome",
                $"{Alpha}.Domain.ThingUpload.ReadAsync -> ValueTuple`2",
                $"{Alpha}.ListThings.ListThingsQuery.PageAsync -> ValueTuple`2",
                $"{Alpha}.ListThings.SaveThingHandler.Save(modelState: ModelStateDictionary)",
            ],
            HandlerResultRule.Violations(Assemblies.Tests, Assemblies.ViolationsNamespace + ".ResultShapes.Modules"));
    }
}
