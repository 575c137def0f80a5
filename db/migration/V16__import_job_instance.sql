-- Which instance holds an import: host:port of the process that runs it. An instance starting on
-- the same host and port knows the one before it is gone, so its unfinished imports were lost.
ALTER TABLE import_job ADD COLUMN instance text;
