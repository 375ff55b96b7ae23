package jp.kyodonet.calendar.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.kyodonet.calendar.control.CentreEvents;
import jp.kyodonet.calendar.control.ICalendars;
import jp.kyodonet.mail.control.MailSettings;
import jp.kyodonet.platform.error.DomainException;
import jp.kyodonet.platform.security.CurrentUser;
import jp.kyodonet.platform.security.Roles;
import jp.kyodonet.platform.tenancy.CurrentTenant;
import jp.kyodonet.platform.tenancy.LinkTokens;
import jp.kyodonet.platform.tenancy.SystemTasks;
import jp.kyodonet.platform.tenancy.TenantDirectory;
import jp.kyodonet.platform.time.BusinessClock;
import jp.kyodonet.staff.entity.StaffMember;
import jp.kyodonet.tenants.Tenant;
import jp.kyodonet.tenants.TenantId;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * iCalendar feeds (RFC 5545). PUBLIC: a centre's public programme sessions from a month ago to a year ahead. A
 * person's own feed (their centre's sessions, the network meetings of their city, their follow-ups) behind an
 * address with a secret: the secret names its centre before the dot and is kept only as its SHA-256, so it can be
 * shown once, when made; renewing it makes a new one and the old address answers 404. A person taken off the
 * centre's list has no feed.
 */
@Stateless
public class CalendarFeeds {

    /** A person's feed: whether there is one, and its address when it was just made. */
    public record Feed(boolean exists, String url) {
    }

    @PersistenceContext(unitName = "kyodo")
    EntityManager em;

    @Inject
    SystemTasks tasks;

    @Inject
    TenantDirectory tenants;

    @Inject
    CentreEvents events;

    @Inject
    CurrentTenant tenant;

    @Inject
    CurrentUser user;

    @Inject
    BusinessClock clock;

    @Inject
    MailSettings settings;

    @Inject
    jp.kyodonet.staff.boundary.StaffDirectory staff;

    @PermitAll
    public String centreFeed(String centre) {
        Tenant found = tenants.findActive(centre).orElseThrow(() -> DomainException.notFound("センター", "Centre"));
        LocalDate today = clock.today();
        List<ICalendars.Event> sessions = tasks.asTenant(found.id(),
                () -> events.sessions(today.minusDays(30), today.plusDays(365), true));
        return ICalendars.write(found.displayNameJa() + "の催し", sessions);
    }

    @PermitAll
    public String personalFeed(String token) {
        TenantId centre = LinkTokens.centreOf(token).flatMap(tenants::findActive).map(Tenant::id)
                .orElseThrow(() -> DomainException.notFound("カレンダー", "Calendar"));
        LocalDate today = clock.today();
        return tasks.asTenant(centre, () -> {
            // through CentreEvents: a bean call, so that the centre is applied to its persistence context
            StaffMember person = events.feedOwner(sha256(token))
                    .orElseThrow(() -> DomainException.notFound("カレンダー", "Calendar"));
            List<ICalendars.Event> all = new ArrayList<>(events.sessions(today.minusDays(30), today.plusDays(365), false));
            all.addAll(events.meetings(today.minusDays(30), today.plusDays(365)));
            all.addAll(events.followUps(person.subject(), today.minusDays(30), today.plusDays(365)));
            all.sort(Comparator.comparing(ICalendars.Event::date));
            return ICalendars.write(person.name() + "の予定（協働ネットワーク）", all);
        });
    }

    @RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
    public Feed feed() {
        return new Feed(staff.signedIn().feedSecret() != null, null);
    }

    /** Makes the signed-in person's feed address (a new one each time: the old one stops working). */
    @RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
    public Feed renew() {
        StaffMember me = staff.signedIn();
        String token = LinkTokens.issue(tenant.get().orElseThrow());
        me.feedSecret(sha256(token));
        em.flush();
        return new Feed(true, settings.publicUrl() + "/api/v1/public/calendar-feeds/" + token + ".ics");
    }

    /** Ends the signed-in person's feed. */
    @RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
    public Feed end() {
        staff.signedIn().feedSecret(null);
        em.flush();
        return new Feed(false, null);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
