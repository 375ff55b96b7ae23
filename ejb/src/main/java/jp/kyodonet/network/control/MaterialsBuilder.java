package jp.kyodonet.network.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.kyodonet.consultation.entity.ReferralStatus;
import jp.kyodonet.network.entity.ActionItem;
import jp.kyodonet.network.entity.AgendaItem;
import jp.kyodonet.network.entity.CaseStudy;
import jp.kyodonet.network.entity.NetworkMeeting;
import jp.kyodonet.network.entity.NetworkVocabulary;
import jp.kyodonet.platform.tenancy.TenantDirectory;
import jp.kyodonet.platform.time.FiscalYear;
import jp.kyodonet.tenants.Tenant;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes a meeting's materials from the records of that moment: 資料1 agenda; 資料2 one page per centre
 * of the fiscal year to date against the same period of the year before (consultations from the PII-free
 * consultation facts, referrals from the referral cards); 資料3 cases published to the network since the
 * previous meeting; 資料4 referrals still waiting for an answer; 資料5 action items to review.
 */
@Dependent
public class MaterialsBuilder {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @PersistenceContext(unitName = "kyodo-aggregate")
    EntityManager facts;

    @PersistenceContext(unitName = "kyodo")
    EntityManager em;

    @Inject
    NetworkRepository network;

    @Inject
    TenantDirectory tenants;

    public Packet build(NetworkMeeting meeting, LocalDate today) {
        FiscalYear year = new FiscalYear(meeting.fiscalYear());
        LocalDate asOf = today.isAfter(year.lastDay()) ? year.lastDay() : today;
        Map<String, String> names = new HashMap<>();
        tenants.all().forEach(t -> names.put(t.id().value(), t.displayNameJa()));

        List<Packet.AgendaLine> agenda = new ArrayList<>();
        for (AgendaItem item : network.agenda(meeting.id())) {
            agenda.add(new Packet.AgendaLine(item.position(), NetworkVocabulary.label(item.kind()).ja(), item.title(),
                    item.presenter() == null ? null : names.getOrDefault(item.presenter(), item.presenter())));
        }

        Map<String, long[]> thisYear = consultations(year.startYear(), asOf);
        Map<String, long[]> lastYear = consultations(year.startYear() - 1, asOf.minusYears(1));
        Map<String, long[]> referralsNow = referrals(year.firstDay(), asOf);
        Map<String, long[]> referralsBefore = referrals(year.firstDay().minusYears(1), asOf.minusYears(1));
        List<Packet.WardPage> wards = new ArrayList<>();
        for (Tenant centre : tenants.active()) {
            String id = centre.id().value();
            wards.add(new Packet.WardPage(id, centre.displayNameJa(),
                    figures(thisYear.get(id), referralsNow.get(id)), figures(lastYear.get(id), referralsBefore.get(id))));
        }

        LocalDate since = network.meetingBefore(meeting.date()).map(NetworkMeeting::date).orElse(year.firstDay());
        List<Packet.CaseLine> cases = new ArrayList<>();
        for (CaseStudy c : network.publishedSince(since.atStartOfDay(TOKYO).toInstant())) {
            cases.add(new Packet.CaseLine(c.title(), names.getOrDefault(c.ownerTenant().value(), c.ownerTenant().value()),
                    c.theme(), c.publishedAt().atZone(TOKYO).toLocalDate().toString()));
        }

        List<Packet.ReferralLine> open = new ArrayList<>();
        for (Object[] row : em.createQuery("SELECT r.fromTenant, r.toTenant, r.sentAt FROM Referral r WHERE r.status = :sent"
                + " ORDER BY r.sentAt", Object[].class).setParameter("sent", ReferralStatus.SENT).getResultList()) {
            open.add(new Packet.ReferralLine(names.getOrDefault((String) row[0], (String) row[0]),
                    names.getOrDefault((String) row[1], (String) row[1]), ((Instant) row[2]).atZone(TOKYO).toLocalDate().toString()));
        }

        List<Packet.ActionLine> actions = new ArrayList<>();
        for (ActionItem a : network.actionsToReview(meeting.id(), meeting.date())) {
            actions.add(new Packet.ActionLine(names.getOrDefault(a.assignee().value(), a.assignee().value()), a.title(),
                    a.dueOn().toString(), NetworkVocabulary.label(a.status()).ja()));
        }
        return new Packet(meeting.id().toString(), meeting.title(), meeting.date().toString(), year.startYear(),
                year.japaneseLabel(), asOf.toString(), NetworkVocabulary.label(meeting.format()).ja(), meeting.place(),
                meeting.theme(), agenda, wards, cases, since.toString(), open, actions,
                List.of("目標値：KPIカタログ（目標の設定）はまだ提供されていません。各センターの数値は前年同期との比較のみです。"));
    }

    private static Packet.Figures figures(long[] consultations, long[] referrals) {
        long[] c = consultations == null ? new long[3] : consultations;
        long[] r = referrals == null ? new long[2] : referrals;
        return new Packet.Figures(c[0], c[1], c[2], r[0], r[1]);
    }

    /** Per centre: received, activity consultations, closed, in a fiscal year up to {@code until}. */
    private Map<String, long[]> consultations(int fiscalYear, LocalDate until) {
        Map<String, long[]> counts = new HashMap<>();
        for (Object[] row : facts.createQuery("SELECT f.tenantId, f.track, f.status, COUNT(f) FROM ConsultationFact f"
                        + " WHERE f.fiscalYear = :year AND f.receivedOn <= :until GROUP BY f.tenantId, f.track, f.status",
                Object[].class).setParameter("year", fiscalYear).setParameter("until", until).getResultList()) {
            long[] c = counts.computeIfAbsent((String) row[0], k -> new long[3]);
            long n = ((Number) row[3]).longValue();
            c[0] += n;
            if (!"FACILITY_INQUIRY".equals(row[1])) {
                c[1] += n;
            }
            if ("CLOSED".equals(row[2])) {
                c[2] += n;
            }
        }
        return counts;
    }

    /** Per centre: referrals sent and received from {@code from} to {@code until}. */
    private Map<String, long[]> referrals(LocalDate from, LocalDate until) {
        Map<String, long[]> counts = new HashMap<>();
        Instant start = from.atStartOfDay(TOKYO).toInstant();
        Instant end = until.plusDays(1).atStartOfDay(TOKYO).toInstant();
        for (Object[] row : em.createQuery("SELECT r.fromTenant, r.toTenant FROM Referral r WHERE r.sentAt >= :start"
                + " AND r.sentAt < :end", Object[].class).setParameter("start", start).setParameter("end", end).getResultList()) {
            counts.computeIfAbsent((String) row[0], k -> new long[2])[0]++;
            counts.computeIfAbsent((String) row[1], k -> new long[2])[1]++;
        }
        return counts;
    }
}
