-- Instances learn of a change when it commits instead of polling for it: the statement triggers
-- that move the data version (V7, V9) also NOTIFY the new version on the channel data_version.
-- PostgreSQL delivers a notification only when its transaction commits, and to every session
-- that LISTENs, in commit order. The version still only ever grows (the row lock orders writers).
CREATE OR REPLACE FUNCTION bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    moved bigint;
BEGIN
    UPDATE data_version SET version = version + 1, changed_at = now() WHERE id = 1
        RETURNING version INTO moved;
    PERFORM pg_notify('data_version', moved::text);
    RETURN NULL;
END $$;
