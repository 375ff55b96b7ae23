-- Audit log: who read personal data or changed a record, per tenant. Written in the same transaction as the act.
CREATE TABLE audit_entry (
  tenant_id    VARCHAR(32)   NOT NULL,
  id           CHAR(36)      NOT NULL,
  version      BIGINT        NOT NULL,
  occurred_at  DATETIME(6)   NOT NULL,
  actor        VARCHAR(200)  NOT NULL,
  action       VARCHAR(32)   NOT NULL,
  record_type  VARCHAR(64)   NOT NULL,
  record_id    CHAR(36)      NOT NULL,
  PRIMARY KEY (tenant_id, id),
  KEY ix_audit_record (tenant_id, record_type, record_id, occurred_at),
  KEY ix_audit_time (tenant_id, occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
