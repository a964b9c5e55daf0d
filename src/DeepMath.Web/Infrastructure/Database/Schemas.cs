namespace DeepMath.Web.Infrastructure.Database;

/// <summary>One PostgreSQL schema per module, so the boundaries show in the database too.</summary>
public static class Schemas
{
    public const string Accounts = "accounts";
    public const string Events = "events";
    public const string Submissions = "submissions";
    public const string Reviewing = "reviewing";
    public const string Decisions = "decisions";
    public const string Registration = "registration";
    public const string Program = "program";
    public const string Organisations = "organisations";
    public const string Infrastructure = "infra";
}
