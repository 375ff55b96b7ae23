-- 関わりカード: dated notes by staff on a consultation, visible to the whole centre.
CREATE TABLE case_card (
  tenant_id        VARCHAR(32)   NOT NULL,
  id               CHAR(36)      NOT NULL,
  version          BIGINT        NOT NULL,
  consultation_id  CHAR(36)      NOT NULL,
  written_on       DATE          NOT NULL,
  written_at       DATETIME(6)   NOT NULL,
  author           VARCHAR(200)  NOT NULL,
  note             TEXT          NOT NULL,
  next_action      VARCHAR(500)  NULL,
  next_action_on   DATE          NULL,
  PRIMARY KEY (tenant_id, id),
  KEY ix_case_card (tenant_id, consultation_id, written_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
