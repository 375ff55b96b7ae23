package jp.kyodonet.consultation.boundary;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of a consultation's timeline: a lifecycle move ({@code kind} = the step) or a case card
 * ({@code kind} = CASE_CARD, with its date, note and next action).
 */
public record TimelineEntry(Instant occurredAt, String kind, String actor, String text, LocalDate writtenOn,
                            String nextAction, LocalDate nextActionOn) {
}
