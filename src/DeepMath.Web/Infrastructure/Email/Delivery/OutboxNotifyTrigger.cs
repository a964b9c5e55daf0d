namespace DeepMath.Web.Infrastructure.Email.Delivery;

/// <summary>
/// The trigger that wakes every instance's delivery loop: a statement-level NOTIFY on each insert into the
/// outbox. PostgreSQL delivers it when (and only if) the inserting transaction commits, and folds the
/// notifications of one transaction into one. Created by the Initial migration.
/// </summary>
public static class OutboxNotifyTrigger
{
    public const string Create = $"""
        CREATE OR REPLACE FUNCTION infra.outbox_messages_notify() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_notify('{OutboxSql.Channel}', '');
            RETURN NULL;
        END $$;
        DROP TRIGGER IF EXISTS outbox_messages_notify ON infra.outbox_messages;
        CREATE TRIGGER outbox_messages_notify AFTER INSERT ON infra.outbox_messages
            FOR EACH STATEMENT EXECUTE FUNCTION infra.outbox_messages_notify();
        """;

    public const string Drop = """
        DROP TRIGGER IF EXISTS outbox_messages_notify ON infra.outbox_messages;
        DROP FUNCTION IF EXISTS infra.outbox_messages_notify();
        """;
}
