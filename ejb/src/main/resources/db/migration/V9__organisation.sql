-- 団体登録: organisations of a centre, their registration and its renewals.
CREATE TABLE organisation (
  tenant_id              VARCHAR(32)   NOT NULL,
  id                     CHAR(36)      NOT NULL,
  version                BIGINT        NOT NULL,
  name                   VARCHAR(200)  NOT NULL,
  legal_form             VARCHAR(40)   NOT NULL,
  representative         VARCHAR(100)  NOT NULL,
  contact                VARCHAR(200)  NULL,
  ward                   VARCHAR(40)   NULL,
  activity_fields        VARCHAR(400)  NOT NULL,
  founded_on             DATE          NULL,
  mailing_consent        BOOLEAN       NOT NULL,
  status                 VARCHAR(16)   NOT NULL,
  applied_on             DATE          NOT NULL,
  hearing_collaboration  VARCHAR(2000) NULL,
  hearing_seeds          VARCHAR(2000) NULL,
  hearing_issues         VARCHAR(2000) NULL,
  registration_number    VARCHAR(40)   NULL,
  registered_on          DATE          NULL,
  expires_on             DATE          NULL,
  refusal_reason         VARCHAR(2000) NULL,
  created_at             DATETIME(6)   NOT NULL,
  created_by             VARCHAR(200)  NOT NULL,
  updated_at             DATETIME(6)   NOT NULL,
  updated_by             VARCHAR(200)  NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE KEY uq_organisation_number (tenant_id, registration_number),
  KEY ix_organisation_status (tenant_id, status, expires_on),
  KEY ix_organisation_name (tenant_id, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One decision per organisation and due fiscal year: renewed or lapsed.
CREATE TABLE organisation_renewal (
  tenant_id         VARCHAR(32)   NOT NULL,
  id                CHAR(36)      NOT NULL,
  version           BIGINT        NOT NULL,
  organisation_id   CHAR(36)      NOT NULL,
  due_fiscal_year   INT           NOT NULL,
  outcome           VARCHAR(16)   NOT NULL,
  decided_at        DATETIME(6)   NOT NULL,
  decided_by        VARCHAR(200)  NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE KEY uq_organisation_renewal (tenant_id, organisation_id, due_fiscal_year),
  KEY ix_organisation_renewal_year (tenant_id, due_fiscal_year, outcome)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
