namespace DeepMath.Web.Modules.Reviewing.ScoreTable;

/// <summary>
/// The triggers that count changes to a call's reviews and assignments in reviewing.score_states, so that
/// <see cref="ScoreRefresh"/> knows when its computed rows are stale without aggregating anything. Statement-level
/// with transition tables: a batch of 100,000 assignments bumps each call's counter once, not 100,000 times.
/// Created by the Initial migration.
/// </summary>
public static class ScoreTableTriggers
{
    private static readonly string[] Tables = ["reviews", "assignments"];

    public static string Create => """
        CREATE OR REPLACE FUNCTION reviewing.count_score_changes() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP IN ('INSERT', 'UPDATE') THEN
                INSERT INTO reviewing.score_states AS s (call_id, changed, computed)
                    SELECT DISTINCT call_id, 1, 0 FROM new_rows
                    ON CONFLICT (call_id) DO UPDATE SET changed = s.changed + 1;
            END IF;
            IF TG_OP IN ('DELETE', 'UPDATE') THEN
                INSERT INTO reviewing.score_states AS s (call_id, changed, computed)
                    SELECT DISTINCT call_id, 1, 0 FROM old_rows
                    ON CONFLICT (call_id) DO UPDATE SET changed = s.changed + 1;
            END IF;
            RETURN NULL;
        END $$;
        """ + string.Concat(Tables.Select(t => $"""

        DROP TRIGGER IF EXISTS {t}_inserted ON reviewing.{t};
        DROP TRIGGER IF EXISTS {t}_updated ON reviewing.{t};
        DROP TRIGGER IF EXISTS {t}_deleted ON reviewing.{t};
        CREATE TRIGGER {t}_inserted AFTER INSERT ON reviewing.{t} REFERENCING NEW TABLE AS new_rows
            FOR EACH STATEMENT EXECUTE FUNCTION reviewing.count_score_changes();
        CREATE TRIGGER {t}_updated AFTER UPDATE ON reviewing.{t} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
            FOR EACH STATEMENT EXECUTE FUNCTION reviewing.count_score_changes();
        CREATE TRIGGER {t}_deleted AFTER DELETE ON reviewing.{t} REFERENCING OLD TABLE AS old_rows
            FOR EACH STATEMENT EXECUTE FUNCTION reviewing.count_score_changes();
        """));

    public static string Drop => string.Concat(Tables.Select(t => $"""
        DROP TRIGGER IF EXISTS {t}_inserted ON reviewing.{t};
        DROP TRIGGER IF EXISTS {t}_updated ON reviewing.{t};
        DROP TRIGGER IF EXISTS {t}_deleted ON reviewing.{t};

        """)) + "DROP FUNCTION IF EXISTS reviewing.count_score_changes();";
}
