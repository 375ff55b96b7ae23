-- Existing consultations: the single topic becomes the first tag; OPEN becomes RECEIVED; closing time kept.
-- (MySQL evaluates SET left to right, so closed_at reads the old status before status changes.)
UPDATE consultation
   SET topics = CONCAT(',', topic, ','),
       closed_at = CASE WHEN status = 'CLOSED' THEN updated_at ELSE NULL END,
       status = CASE WHEN status = 'OPEN' THEN 'RECEIVED' ELSE status END;
