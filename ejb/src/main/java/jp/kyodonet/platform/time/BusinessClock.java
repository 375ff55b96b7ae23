package jp.kyodonet.platform.time;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The time of the business: Japan Standard Time, whatever the server's zone. */
@ApplicationScoped
public class BusinessClock {

    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final Clock clock;

    public BusinessClock() {
        this(Clock.system(JAPAN));
    }

    BusinessClock(Clock clock) {
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(JAPAN));
    }

    public FiscalYear currentFiscalYear() {
        return FiscalYear.of(today());
    }
}
