package jp.kyodonet.booking.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jp.kyodonet.booking.control.SpaceCalendar;
import jp.kyodonet.platform.error.DomainException;
import jp.kyodonet.platform.tenancy.SystemTasks;
import jp.kyodonet.platform.tenancy.TenantDirectory;
import jp.kyodonet.tenants.Tenant;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * PUBLIC scope: space availability without login. It reads each centre through
 * {@link SystemTasks#asTenant} (one transaction per centre) and returns only what the public may see:
 * spaces, opening spans and taken units, never bookers.
 */
@Stateless
@PermitAll
public class PublicAvailability {

    /** A centre's spaces on a day. */
    public record CentreDay(String centre, String centreJa, String centreEn, LocalDate date, List<SpaceCalendar.Day> spaces) {
    }

    /** A space free for the whole range asked. */
    public record FreeSpace(String centre, String centreJa, String centreEn, String spaceId, String name, Integer capacity) {
    }

    @Inject
    SystemTasks systemTasks;

    @Inject
    SpaceCalendar calendar;

    @Inject
    TenantDirectory tenants;

    public CentreDay day(@NotNull String centre, @NotNull LocalDate date) {
        Tenant tenant = tenants.findActive(centre).orElseThrow(() -> DomainException.notFound("センター", "Centre"));
        List<SpaceCalendar.Day> spaces = systemTasks.asTenant(tenant.id(), () -> calendar.day(date));
        return new CentreDay(tenant.id().value(), tenant.displayNameJa(), tenant.displayNameEn(), date, spaces);
    }

    /** Rooms free from {@code from} to {@code to} on {@code date} at every centre, for at least {@code headcount}. */
    public List<FreeSpace> free(@NotNull LocalDate date, @NotNull LocalTime from, @NotNull LocalTime to, int headcount) {
        List<FreeSpace> free = new ArrayList<>();
        for (Tenant tenant : tenants.active()) {
            for (SpaceCalendar.Day space : systemTasks.asTenant(tenant.id(), () -> calendar.day(date))) {
                if ("ROOM".equals(space.kind()) && (space.capacity() == null || space.capacity() >= headcount)
                        && space.freeBetween(from, to)) {
                    free.add(new FreeSpace(tenant.id().value(), tenant.displayNameJa(), tenant.displayNameEn(),
                            space.spaceId(), space.name(), space.capacity()));
                }
            }
        }
        return free;
    }
}
