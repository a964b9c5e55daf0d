namespace DeepMath.Web.Modules.Accounts.Sessions;

/// <summary>
/// The database tells every instance when an account's security stamp or confirmation changes, or the account goes:
/// a row trigger on the accounts table NOTIFYs <see cref="SessionChangeFeed.Channel"/> with the account's id, which
/// PostgreSQL delivers when (and only if) the changing transaction commits. Being in the database, it sees every way of
/// changing an account (Identity through EF, ExecuteUpdate, raw SQL, an operator in psql), not only EF's SaveChanges.
/// Created by the Initial migration (hand-written SQL).
/// </summary>
public static class SessionNotifyTrigger
{
    public const string Create = $"""
        CREATE OR REPLACE FUNCTION accounts.users_session_notify() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'DELETE'
                OR OLD.security_stamp IS DISTINCT FROM NEW.security_stamp
                OR OLD.email_confirmed IS DISTINCT FROM NEW.email_confirmed THEN
                PERFORM pg_notify('{SessionChangeFeed.Channel}', OLD.id);
            END IF;
            RETURN NULL;
        END $$;
        DROP TRIGGER IF EXISTS users_session_notify ON accounts.users;
        CREATE TRIGGER users_session_notify AFTER UPDATE OR DELETE ON accounts.users
            FOR EACH ROW EXECUTE FUNCTION accounts.users_session_notify();
        """;

    public const string Drop = """
        DROP TRIGGER IF EXISTS users_session_notify ON accounts.users;
        DROP FUNCTION IF EXISTS accounts.users_session_notify();
        """;
}
