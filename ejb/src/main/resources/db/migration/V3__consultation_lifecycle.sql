-- Full consultation lifecycle: track, organisation stage, topic tags, assignee, follow-up date, KPI times.
ALTER TABLE consultation
  ADD COLUMN track               VARCHAR(24)   NOT NULL DEFAULT 'CIVIC_ACTIVITY' AFTER requester_contact,
  ADD COLUMN organisation_stage  VARCHAR(16)   NULL AFTER track,
  ADD COLUMN topics              VARCHAR(200)  NOT NULL DEFAULT ',' AFTER organisation_stage,
  ADD COLUMN assignee_subject    VARCHAR(200)  NULL AFTER status,
  ADD COLUMN assignee_name       VARCHAR(200)  NULL AFTER assignee_subject,
  ADD COLUMN experts             VARCHAR(1000) NULL AFTER assignee_name,
  ADD COLUMN city_divisions      VARCHAR(1000) NULL AFTER experts,
  ADD COLUMN next_action_on      DATE          NULL AFTER city_divisions,
  ADD COLUMN first_response_at   DATETIME(6)   NULL AFTER next_action_on,
  ADD COLUMN closed_at           DATETIME(6)   NULL AFTER closed_on,
  ADD KEY ix_consultation_follow_up (tenant_id, status, next_action_on),
  ADD KEY ix_consultation_assignee (tenant_id, assignee_subject, status);
