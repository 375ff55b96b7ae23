-- Referrals between centres (NETWORK scope): a referral card addressed by one centre to another. Not a
-- tenant table: the service lets only the sending and the receiving centre name a row. The requester's
-- name and contact are copied only when the requester consented to share them with the receiver.
CREATE TABLE referral (
  id                       CHAR(36)      NOT NULL,
  version                  BIGINT        NOT NULL,
  from_tenant              VARCHAR(32)   NOT NULL,
  to_tenant                VARCHAR(32)   NOT NULL,
  source_consultation_id   CHAR(36)      NOT NULL,
  linked_consultation_id   CHAR(36)      NULL,
  requester_kind           VARCHAR(32)   NOT NULL,
  track                    VARCHAR(24)   NOT NULL,
  organisation_stage       VARCHAR(16)   NULL,
  topics                   VARCHAR(200)  NOT NULL,
  summary                  TEXT          NOT NULL,
  contact_consent          BOOLEAN       NOT NULL,
  requester_name           VARCHAR(200)  NULL,
  requester_contact        VARCHAR(200)  NULL,
  status                   VARCHAR(16)   NOT NULL,
  decline_reason           VARCHAR(2000) NULL,
  pending_key              VARCHAR(80)   NULL,
  sent_at                  DATETIME(6)   NOT NULL,
  sent_by                  VARCHAR(200)  NOT NULL,
  answered_at              DATETIME(6)   NULL,
  answered_by              VARCHAR(200)  NULL,
  PRIMARY KEY (id),
  -- one pending referral of a consultation to one centre at a time (NULL once answered)
  UNIQUE KEY uq_referral_pending (pending_key),
  KEY ix_referral_to (to_tenant, status, sent_at),
  KEY ix_referral_from (from_tenant, status, sent_at),
  KEY ix_referral_source (from_tenant, source_consultation_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The consultation a receiving centre opened by accepting a referral.
ALTER TABLE consultation ADD COLUMN referral_id CHAR(36) NULL;
CREATE UNIQUE INDEX uq_consultation_referral ON consultation (tenant_id, referral_id);
