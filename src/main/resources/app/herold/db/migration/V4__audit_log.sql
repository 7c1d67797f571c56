-- The neutrality audit log: one row per confirmation that let a post with neutrality findings become
-- ready. Append-only; the hash chain (app.herold.domain.rules.AuditChain) shows any later change.
-- (V3 is taken by another change; Flyway applies the versions in order and accepts the gap.)

-- sequence is numbered by the application as the previous entry's plus one, inside one serialised
-- transaction, and is part of the hash: an identity would skip a number on a rolled-back insert, and
-- a gap reads to the legal office like a removed entry.
-- previous_sequence points at the entry before (NULL only for the first). The reference makes H2
-- refuse TRUNCATE TABLE, which would otherwise empty the table without firing the trigger below.
-- post_id has no foreign key: an entry outlives the post it confirmed.
-- rules holds the rule ids joined by ','; the hashes are 64 lowercase hex digits.
CREATE TABLE audit_log (
    sequence           BIGINT PRIMARY KEY,
    previous_sequence  BIGINT REFERENCES audit_log (sequence),
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    election           CHARACTER VARYING(1000) NOT NULL,
    rules              CHARACTER VARYING(2000) NOT NULL,
    post_id            BIGINT NOT NULL,
    content_hash       CHARACTER(64) NOT NULL,
    reason             CHARACTER VARYING(2000) NOT NULL,
    previous_hash      CHARACTER(64) NOT NULL,
    hash               CHARACTER(64) NOT NULL,
    CONSTRAINT audit_log_numbered_without_gaps CHECK (
        (sequence = 1 AND previous_sequence IS NULL) OR previous_sequence = sequence - 1),
    CONSTRAINT audit_log_one_successor UNIQUE (previous_hash)
);

-- Nothing in Herold changes or removes an entry; the database refuses it too. The class must be on
-- the class path of whoever opens the file: without it H2 cannot load the trigger and refuses the
-- change all the same.
CREATE TRIGGER audit_log_append_only BEFORE UPDATE, DELETE ON audit_log
    FOR EACH ROW CALL "app.herold.storage.AuditLogGuard";
