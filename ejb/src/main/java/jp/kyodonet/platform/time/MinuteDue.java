package jp.kyodonet.platform.time;

import java.time.LocalDateTime;

/**
 * A minute of the persistent minute timer has come, once for a whole deployment group (the first firing of the
 * minute; see KpiFactMaintenance): work that must run once at a time of day looks at {@code japan}, the minute in
 * Japan. Observers run outside any transaction, one after the other.
 */
public record MinuteDue(LocalDateTime japan) {
}
