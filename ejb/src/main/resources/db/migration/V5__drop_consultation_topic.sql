-- The single topic lives on as the topic tags (V4).
ALTER TABLE consultation DROP COLUMN topic;
