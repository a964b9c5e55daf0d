namespace DeepMath.Web.Modules.Decisions.Domain;

/// <summary>
/// The wording used until organizers write their own. Subjects say what happened and what to do next,
/// so that nobody mistakes a decision for the submission receipt ("… submission 17 received").
/// </summary>
public static class DefaultTemplates
{
    public static string Subject(DecisionOutcome outcome) => outcome.Accepts
        ? "{event}: abstract {number} " + outcome.Label + " — register by {registration_deadline}"
        : "{event}: decision on abstract {number} — " + outcome.Label;

    public static string Body(DecisionOutcome outcome) => outcome.Accepts
        ? """
          Dear {name},

          We are glad to tell you that abstract {number}, "{title}", presented by {presenter}, is {outcome} at {event}.

          Please register by {registration_deadline}: {registration_link}
          Your acceptance letter (PDF, for travel and visa requests) is on the submission's page: {submission_link}

          The reviewers' comments:

          {reviews}
          """
        : """
          Dear {name},

          Thank you for submitting abstract {number}, "{title}", to {event}. We are sorry to tell you that it is {outcome}; the programme had room for far fewer contributions than we received.

          The reviewers' comments, which we hope are useful:

          {reviews}

          You can read them again on the submission's page: {submission_link}
          """;
}
