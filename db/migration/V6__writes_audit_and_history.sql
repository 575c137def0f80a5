-- Writes by data stewards: who did what and when, the previous states of corridor facts, and the
-- CSV imports. Nothing here is ever updated or deleted by the service.

CREATE TABLE audit_log (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at timestamptz NOT NULL DEFAULT now(),
    actor text NOT NULL CONSTRAINT audit_actor_not_blank CHECK (btrim(actor) <> ''),
    action text NOT NULL CONSTRAINT audit_action_not_blank CHECK (btrim(action) <> ''),
    resource text NOT NULL CONSTRAINT audit_resource_not_blank CHECK (btrim(resource) <> ''),
    source_id bigint REFERENCES source (id),
    detail text
);

CREATE INDEX audit_by_resource ON audit_log (resource, occurred_at);

-- The state a corridor fact had before an update replaced it, as the API showed it.
CREATE TABLE resource_history (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    resource_type text NOT NULL CONSTRAINT history_type CHECK (resource_type IN ('CHECKPOINT', 'PROJECT', 'EVENT')),
    resource_key text NOT NULL,
    version bigint NOT NULL,
    state jsonb NOT NULL,
    replaced_at timestamptz NOT NULL DEFAULT now(),
    replaced_by text NOT NULL,
    CONSTRAINT history_one_state_per_version UNIQUE (resource_type, resource_key, version)
);

CREATE TABLE import_batch (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    imported_at timestamptz NOT NULL DEFAULT now(),
    imported_by text NOT NULL,
    content_sha256 text NOT NULL CONSTRAINT import_sha256 CHECK (content_sha256 ~ '^[0-9a-f]{64}$'),
    row_count integer NOT NULL CONSTRAINT import_rows_positive CHECK (row_count >= 0),
    inserted integer NOT NULL,
    revised integer NOT NULL,
    unchanged integer NOT NULL,
    CONSTRAINT import_counts_add_up CHECK (inserted + revised + unchanged <= row_count)
);

ALTER TABLE trade_observation ADD COLUMN import_batch_id bigint REFERENCES import_batch (id);
