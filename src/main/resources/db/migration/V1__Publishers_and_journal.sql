-- Accounts of those who may write: publishers (one municipality each), editors and admins.
-- A token is shown once when the account is created; only its SHA-256 hash is kept.
CREATE TABLE publisher (
    id                UUID PRIMARY KEY,
    name              VARCHAR(200) NOT NULL,
    role              VARCHAR(20)  NOT NULL CHECK (role IN ('PUBLISHER', 'EDITOR', 'ADMIN')),
    municipality_code VARCHAR(6) CHECK (municipality_code ~ '^GM[0-9]{4}$'),
    token_hash        CHAR(64)     NOT NULL UNIQUE,
    created_at        TIMESTAMPTZ  NOT NULL,
    created_by        VARCHAR(200) NOT NULL,
    last_used_at      TIMESTAMPTZ,
    revoked_at        TIMESTAMPTZ,
    CHECK ((role = 'PUBLISHER') = (municipality_code IS NOT NULL))
);

-- One row per committed change. The id is the id of the change's outbox entry in Neo4j, so copying
-- an entry twice still leaves one row; position is the order in which rows reached the journal.
CREATE TABLE journal_entry (
    id                UUID PRIMARY KEY,
    position          BIGSERIAL    NOT NULL UNIQUE,
    changed_at        TIMESTAMPTZ  NOT NULL,
    actor_id          VARCHAR(64)  NOT NULL,
    actor_name        VARCHAR(200) NOT NULL,
    actor_role        VARCHAR(20)  NOT NULL,
    mutation          VARCHAR(64)  NOT NULL,
    action            VARCHAR(20)  NOT NULL,
    entity_type       VARCHAR(64)  NOT NULL,
    entity_id         VARCHAR(200) NOT NULL,
    entity_title      VARCHAR(500),
    municipality_code VARCHAR(6),
    version_before    INTEGER,
    version_after     INTEGER,
    changed_fields    TEXT[]       NOT NULL
);

CREATE INDEX journal_entry_changed_at ON journal_entry (changed_at);
CREATE INDEX journal_entry_entity ON journal_entry (entity_type, position);
