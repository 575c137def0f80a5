-- One number that moves whenever any figure or fact changes, however it was written (the API, an
-- import, or psql). HTTP caches key their entries on it, so a cached answer never outlives the data
-- it was computed from.

CREATE TABLE data_version (
    id integer PRIMARY KEY CONSTRAINT data_version_single_row CHECK (id = 1),
    version bigint NOT NULL,
    changed_at timestamptz NOT NULL DEFAULT now()
);

INSERT INTO data_version (id, version) VALUES (1, 1);

CREATE FUNCTION bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE data_version SET version = version + 1, changed_at = now() WHERE id = 1;
    RETURN NULL;
END $$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['country', 'source', 'trade_observation', 'checkpoint', 'checkpoint_schedule',
                             'project', 'project_country', 'project_checkpoint', 'project_milestone',
                             'corridor_event', 'corridor_event_country', 'corridor_event_checkpoint',
                             'corridor_event_project']
    LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I
                        FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version()', t || '_bumps_data_version', t);
    END LOOP;
END $$;
