-- 協働: proposals (TENANT scope, they name a proposer), and the city's catalogue of collaboration projects
-- with their contracts and mutual evaluation sheets. The catalogue rows carry the owning centre
-- explicitly (owner_tenant: the ward's centre for ward-owned projects, the city centre for bureau-owned
-- ones) because HQ reads them across centres and the ordinance report counts them city-wide; they hold
-- no personal data. CollaborationRepository names the owner in every query.
CREATE TABLE collab_proposal (
  tenant_id            VARCHAR(32)   NOT NULL,
  id                   CHAR(36)      NOT NULL,
  version              BIGINT        NOT NULL,
  kind                 VARCHAR(16)   NOT NULL,
  title                VARCHAR(200)  NOT NULL,
  summary              VARCHAR(4000) NOT NULL,
  field                VARCHAR(40)   NOT NULL,
  proposer_name        VARCHAR(200)  NOT NULL,
  contact_person       VARCHAR(100)  NULL,
  contact              VARCHAR(200)  NULL,
  responsible_division VARCHAR(200)  NULL,
  received_on          DATE          NOT NULL,
  fiscal_year          INT           NOT NULL,
  status               VARCHAR(24)   NOT NULL,
  decision_reason      VARCHAR(4000) NULL,
  decided_on           DATE          NULL,
  grant_amount         BIGINT        NULL,
  project_id           CHAR(36)      NULL,
  status_token         VARCHAR(80)   NOT NULL,
  updated_at           DATETIME(6)   NOT NULL,
  updated_by           VARCHAR(200)  NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE KEY uq_proposal_token (status_token),
  KEY ix_proposal_year (tenant_id, fiscal_year, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE collab_support_log (
  tenant_id    VARCHAR(32)   NOT NULL,
  id           CHAR(36)      NOT NULL,
  version      BIGINT        NOT NULL,
  proposal_id  CHAR(36)      NOT NULL,
  support_date DATE          NOT NULL,
  supporter    VARCHAR(200)  NOT NULL,
  activity     VARCHAR(32)   NOT NULL,
  notes        VARCHAR(4000) NULL,
  recorded_at  DATETIME(6)   NOT NULL,
  recorded_by  VARCHAR(200)  NOT NULL,
  PRIMARY KEY (tenant_id, id),
  KEY ix_support_proposal (tenant_id, proposal_id, support_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE collab_project (
  owner_tenant    VARCHAR(32)   NOT NULL,
  id              CHAR(36)      NOT NULL,
  version         BIGINT        NOT NULL,
  owner_kind      VARCHAR(8)    NOT NULL,
  owner_name      VARCHAR(100)  NOT NULL,
  division        VARCHAR(300)  NOT NULL,
  name            VARCHAR(300)  NOT NULL,
  field           VARCHAR(40)   NOT NULL,
  partners        VARCHAR(1000) NULL,
  origin          VARCHAR(16)   NULL,
  fiscal_years    VARCHAR(400)  NOT NULL,
  contract_years  VARCHAR(400)  NOT NULL,
  catalogue_key   VARCHAR(700)  NOT NULL,
  proposal_id     CHAR(36)      NULL,
  updated_at      DATETIME(6)   NOT NULL,
  updated_by      VARCHAR(200)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_project_catalogue (owner_tenant, catalogue_key),
  KEY ix_project_owner (owner_tenant, owner_kind, field)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE collab_contract (
  owner_tenant     VARCHAR(32)   NOT NULL,
  id               CHAR(36)      NOT NULL,
  version          BIGINT        NOT NULL,
  project_id       CHAR(36)      NOT NULL,
  contract_type    VARCHAR(16)   NOT NULL,
  partner          VARCHAR(500)  NOT NULL,
  city_party       VARCHAR(200)  NOT NULL,
  purpose          VARCHAR(4000) NOT NULL,
  roles            VARCHAR(4000) NULL,
  cost_share       VARCHAR(2000) NULL,
  amount           BIGINT        NOT NULL,
  period_from      DATE          NOT NULL,
  period_to        DATE          NOT NULL,
  business_areas   VARCHAR(2000) NOT NULL,
  status           VARCHAR(16)   NOT NULL,
  signed_on        DATE          NULL,
  ended_on         DATE          NULL,
  updated_at       DATETIME(6)   NOT NULL,
  updated_by       VARCHAR(200)  NOT NULL,
  PRIMARY KEY (id),
  KEY ix_contract_project (owner_tenant, project_id),
  KEY ix_contract_period (owner_tenant, period_from, period_to)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE collab_contract_amendment (
  owner_tenant   VARCHAR(32)   NOT NULL,
  id             CHAR(36)      NOT NULL,
  contract_id    CHAR(36)      NOT NULL,
  amended_on     DATE          NOT NULL,
  reason         VARCHAR(2000) NOT NULL,
  old_period_to  DATE          NOT NULL,
  new_period_to  DATE          NOT NULL,
  old_amount     BIGINT        NOT NULL,
  new_amount     BIGINT        NOT NULL,
  recorded_by    VARCHAR(200)  NOT NULL,
  PRIMARY KEY (id),
  KEY ix_amendment_contract (owner_tenant, contract_id, amended_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE collab_evaluation (
  owner_tenant          VARCHAR(32)   NOT NULL,
  id                    CHAR(36)      NOT NULL,
  version               BIGINT        NOT NULL,
  contract_id           CHAR(36)      NOT NULL,
  project_id            CHAR(36)      NOT NULL,
  fiscal_year           INT           NOT NULL,
  business_areas        VARCHAR(2000) NOT NULL,
  partner_grades        CHAR(17)      NOT NULL,
  city_grades           CHAR(17)      NOT NULL,
  partner_notes         TEXT          NOT NULL,
  city_notes            TEXT          NOT NULL,
  partner_rater         VARCHAR(200)  NULL,
  city_rater            VARCHAR(200)  NULL,
  partner_submitted_at  DATETIME(6)   NULL,
  city_submitted_at     DATETIME(6)   NULL,
  status                VARCHAR(16)   NOT NULL,
  published_at          DATETIME(6)   NULL,
  partner_token         VARCHAR(80)   NOT NULL,
  updated_at            DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_evaluation_year (contract_id, fiscal_year),
  UNIQUE KEY uq_evaluation_token (partner_token),
  KEY ix_evaluation_owner (owner_tenant, fiscal_year, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
