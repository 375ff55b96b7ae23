-- 人材育成・交流促進・市民活動支援: programmes, their sessions, registrations and survey answers.
CREATE TABLE programme (
  tenant_id         VARCHAR(32)   NOT NULL,
  id                CHAR(36)      NOT NULL,
  version           BIGINT        NOT NULL,
  name              VARCHAR(200)  NOT NULL,
  kind              VARCHAR(24)   NOT NULL,
  audience          VARCHAR(200)  NULL,
  co_organisers     VARCHAR(500)  NULL,
  description       VARCHAR(4000) NULL,
  planned_sessions  INT           NOT NULL,
  fiscal_year       INT           NOT NULL,
  status            VARCHAR(16)   NOT NULL,
  updated_at        DATETIME(6)   NOT NULL,
  updated_by        VARCHAR(200)  NOT NULL,
  PRIMARY KEY (tenant_id, id),
  KEY ix_programme_year (tenant_id, fiscal_year, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE programme_session (
  tenant_id      VARCHAR(32)  NOT NULL,
  id             CHAR(36)     NOT NULL,
  version        BIGINT       NOT NULL,
  programme_id   CHAR(36)     NOT NULL,
  title          VARCHAR(200) NOT NULL,
  session_date   DATE         NOT NULL,
  start_time     TIME         NOT NULL,
  end_time       TIME         NOT NULL,
  place_kind     VARCHAR(16)  NOT NULL,
  space_id       CHAR(36)     NULL,
  booking_id     CHAR(36)     NULL,
  place_note     VARCHAR(200) NULL,
  lecturer       VARCHAR(200) NULL,
  capacity       INT          NOT NULL,
  last_sequence  INT          NOT NULL,
  PRIMARY KEY (tenant_id, id),
  KEY ix_session_programme (tenant_id, programme_id, session_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE programme_registration (
  tenant_id                  VARCHAR(32)  NOT NULL,
  id                         CHAR(36)     NOT NULL,
  version                    BIGINT       NOT NULL,
  session_id                 CHAR(36)     NOT NULL,
  sequence                   INT          NOT NULL,
  person_name                VARCHAR(100) NOT NULL,
  contact                    VARCHAR(200) NOT NULL,
  organisation_name          VARCHAR(200) NULL,
  participant_base_consent   BOOLEAN      NOT NULL,
  status                     VARCHAR(16)  NOT NULL,
  attended                   BOOLEAN      NOT NULL,
  token                      VARCHAR(80)  NOT NULL,
  registered_at              DATETIME(6)  NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE KEY uq_registration_sequence (tenant_id, session_id, sequence),
  UNIQUE KEY uq_registration_token (token),
  KEY ix_registration_contact (tenant_id, contact)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE survey_answer (
  tenant_id               VARCHAR(32)   NOT NULL,
  id                      CHAR(36)      NOT NULL,
  version                 BIGINT        NOT NULL,
  registration_id         CHAR(36)      NOT NULL,
  session_id              CHAR(36)      NOT NULL,
  satisfaction            INT           NOT NULL,
  understanding_improved  BOOLEAN       NOT NULL,
  motivation_improved     BOOLEAN       NOT NULL,
  comment                 VARCHAR(2000) NULL,
  answered_at             DATETIME(6)   NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE KEY uq_survey_answer (tenant_id, registration_id),
  KEY ix_survey_session (tenant_id, session_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
