-- The city's annual survey (照会) of its ward offices and bureaus about their collaboration projects of a fiscal
-- year, from which the ordinance report (条例第20条) is made. One survey per city and year, opened and closed by the
-- city's collaboration division; one answer per office (a ward office, or a bureau at the city centre), with the
-- office's projects as rows (carried over from the year before, confirmed, edited, added or removed); corrections
-- after closing are kept with who, when, why and the row before and after. No personal data: offices, projects,
-- partners (organisations), counts and amounts.
CREATE TABLE collab_survey (
  id            CHAR(36)      NOT NULL,
  version       BIGINT        NOT NULL,
  city          VARCHAR(32)   NOT NULL,
  owner_tenant  VARCHAR(32)   NOT NULL,
  fiscal_year   INT           NOT NULL,
  status        VARCHAR(12)   NOT NULL,
  due_on        DATE          NULL,
  opened_at     DATETIME(6)   NOT NULL,
  opened_by     VARCHAR(200)  NOT NULL,
  closed_at     DATETIME(6)   NULL,
  closed_by     VARCHAR(200)  NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_survey_year (city, fiscal_year)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE collab_survey_answer (
  id            CHAR(36)      NOT NULL,
  version       BIGINT        NOT NULL,
  survey_id     CHAR(36)      NOT NULL,
  owner_tenant  VARCHAR(32)   NOT NULL,
  office_kind   VARCHAR(8)    NOT NULL,
  office_name   VARCHAR(100)  NOT NULL,
  status        VARCHAR(12)   NOT NULL,
  submitted_at  DATETIME(6)   NULL,
  submitted_by  VARCHAR(200)  NULL,
  returned_reason VARCHAR(2000) NULL,
  reminded_at   DATETIME(6)   NULL,
  reminders     INT           NOT NULL,
  updated_at    DATETIME(6)   NOT NULL,
  updated_by    VARCHAR(200)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_answer_office (survey_id, owner_tenant, office_name),
  KEY ix_answer_owner (owner_tenant, office_name, survey_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE collab_survey_row (
  id              CHAR(36)      NOT NULL,
  version         BIGINT        NOT NULL,
  answer_id       CHAR(36)      NOT NULL,
  project_id      CHAR(36)      NULL,
  state           VARCHAR(12)   NOT NULL,
  division        VARCHAR(300)  NOT NULL,
  name            VARCHAR(300)  NOT NULL,
  field           VARCHAR(40)   NOT NULL,
  partners        VARCHAR(1000) NULL,
  summary         VARCHAR(2000) NULL,
  contracted      BOOLEAN       NOT NULL,
  contract_count  INT           NOT NULL,
  contract_form   VARCHAR(16)   NULL,
  contract_amount BIGINT        NULL,
  origin          VARCHAR(16)   NULL,
  list_number     INT           NULL,
  updated_at      DATETIME(6)   NOT NULL,
  updated_by      VARCHAR(200)  NOT NULL,
  PRIMARY KEY (id),
  KEY ix_row_answer (answer_id, state)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE collab_survey_correction (
  id            CHAR(36)      NOT NULL,
  survey_id     CHAR(36)      NOT NULL,
  answer_id     CHAR(36)      NOT NULL,
  row_id        CHAR(36)      NOT NULL,
  corrected_at  DATETIME(6)   NOT NULL,
  corrected_by  VARCHAR(200)  NOT NULL,
  reason        VARCHAR(2000) NOT NULL,
  before_row    TEXT          NOT NULL,
  after_row     TEXT          NOT NULL,
  PRIMARY KEY (id),
  KEY ix_correction_answer (answer_id, corrected_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
