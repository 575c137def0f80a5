-- Imports queued in PostgreSQL: an API instance (TRADE_ROLE=api) keeps the uploaded file here, in
-- parts, and an importer instance (TRADE_ROLE=importer or all) takes the job with
-- SELECT ... FOR UPDATE SKIP LOCKED, runs it and removes the file. A job whose importer stopped
-- (its heartbeat older than a minute) is taken again: its write was one transaction, so nothing of
-- it was written, and an import is idempotent.
ALTER TABLE import_job ADD COLUMN spooled boolean NOT NULL DEFAULT false;
ALTER TABLE import_job ADD COLUMN attempts integer NOT NULL DEFAULT 0
    CONSTRAINT import_job_attempts CHECK (attempts >= 0);
-- the source a Comtrade file's figures cite (a CSV names one per row)
ALTER TABLE import_job ADD COLUMN comtrade_source_id bigint REFERENCES source (id);

CREATE TABLE import_spool (
    job_id bigint NOT NULL REFERENCES import_job (id) ON DELETE CASCADE,
    part integer NOT NULL CONSTRAINT import_spool_part CHECK (part >= 0),
    bytes bytea NOT NULL,
    PRIMARY KEY (job_id, part)
);

-- the queue's head, found without reading the finished jobs
CREATE INDEX import_job_queued ON import_job (id)
    WHERE spooled AND state NOT IN ('DONE', 'FAILED');
