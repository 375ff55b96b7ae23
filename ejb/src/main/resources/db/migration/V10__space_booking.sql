-- 貸館・予約: a centre's rooms and equipment, their bookings, and the slots a booking holds.
CREATE TABLE space (
  tenant_id          VARCHAR(32)   NOT NULL,
  id                 CHAR(36)      NOT NULL,
  version            BIGINT        NOT NULL,
  name               VARCHAR(100)  NOT NULL,
  kind               VARCHAR(16)   NOT NULL,
  capacity           INT           NULL,
  opening_hours      VARCHAR(200)  NOT NULL,
  slot_minutes       INT           NOT NULL,
  eligible           VARCHAR(100)  NOT NULL,
  max_hours_per_day  INT           NULL,
  max_days_ahead     INT           NOT NULL,
  approval_required  BOOLEAN       NOT NULL,
  active             BOOLEAN       NOT NULL,
  note               VARCHAR(1000) NULL,
  updated_at         DATETIME(6)   NOT NULL,
  updated_by         VARCHAR(200)  NOT NULL,
  PRIMARY KEY (tenant_id, id),
  KEY ix_space_kind (tenant_id, kind, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE booking (
  tenant_id        VARCHAR(32)   NOT NULL,
  id               CHAR(36)      NOT NULL,
  version          BIGINT        NOT NULL,
  space_id         CHAR(36)      NOT NULL,
  booker_kind      VARCHAR(32)   NOT NULL,
  organisation_id  CHAR(36)      NULL,
  booker_name      VARCHAR(200)  NOT NULL,
  purpose          VARCHAR(32)   NOT NULL,
  booking_date     DATE          NOT NULL,
  start_time       TIME          NOT NULL,
  end_time         TIME          NOT NULL,
  headcount        INT           NOT NULL,
  note             VARCHAR(1000) NULL,
  status           VARCHAR(16)   NOT NULL,
  decline_reason   VARCHAR(1000) NULL,
  series_id        CHAR(36)      NULL,
  created_at       DATETIME(6)   NOT NULL,
  created_by       VARCHAR(200)  NOT NULL,
  updated_at       DATETIME(6)   NOT NULL,
  updated_by       VARCHAR(200)  NOT NULL,
  PRIMARY KEY (tenant_id, id),
  KEY ix_booking_day (tenant_id, booking_date, space_id),
  KEY ix_booking_org (tenant_id, organisation_id, booking_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per bookable unit held: the unique key is the double-booking guard.
CREATE TABLE booking_slot (
  tenant_id    VARCHAR(32)  NOT NULL,
  id           CHAR(36)     NOT NULL,
  version      BIGINT       NOT NULL,
  booking_id   CHAR(36)     NOT NULL,
  space_id     CHAR(36)     NOT NULL,
  slot_start   DATETIME     NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE KEY uq_booking_slot (tenant_id, space_id, slot_start),
  KEY ix_booking_slot_booking (tenant_id, booking_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
