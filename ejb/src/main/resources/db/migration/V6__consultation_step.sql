-- Timeline of a consultation: each move of its lifecycle, who made it and when.
CREATE TABLE consultation_step (
  tenant_id        VARCHAR(32)   NOT NULL,
  id               CHAR(36)      NOT NULL,
  version          BIGINT        NOT NULL,
  consultation_id  CHAR(36)      NOT NULL,
  occurred_at      DATETIME(6)   NOT NULL,
  actor            VARCHAR(200)  NOT NULL,
  step             VARCHAR(24)   NOT NULL,
  detail           VARCHAR(1000) NULL,
  PRIMARY KEY (tenant_id, id),
  KEY ix_consultation_step (tenant_id, consultation_id, occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
