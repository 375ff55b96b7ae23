package jp.kyodonet.network.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jp.kyodonet.network.entity.ActionItem;
import jp.kyodonet.network.entity.AgendaItem;
import jp.kyodonet.network.entity.Attendance;
import jp.kyodonet.network.entity.CaseComment;
import jp.kyodonet.network.entity.CaseStatus;
import jp.kyodonet.network.entity.CaseStudy;
import jp.kyodonet.network.entity.MeetingMaterials;
import jp.kyodonet.network.entity.NetworkMeeting;
import jp.kyodonet.network.entity.SupportRequest;
import jp.kyodonet.organisation.entity.ActivityField;
import jp.kyodonet.network.entity.PartnerSector;
import jp.kyodonet.platform.persistence.EnumTags;
import jp.kyodonet.platform.persistence.Like;
import jp.kyodonet.tenants.TenantId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The network's records (NETWORK scope, not tenant-filtered by the platform). The services apply the
 * rules (who reads, who writes); the case queries here take the asking centre or the published states.
 */
@Dependent
public class NetworkRepository {

    /** Which cases: the asking centre's own (every state), the network library, or the public library. */
    public enum Library { MINE, NETWORK, PUBLIC }

    /** Search of the library. */
    public record CaseFilter(String theme, ActivityField field, String ward, PartnerSector sector, String text) {
    }

    @PersistenceContext(unitName = "kyodo")
    EntityManager em;

    public void add(Object record) {
        em.persist(record);
    }

    public void flush() {
        em.flush();
    }

    public <T> Optional<T> find(Class<T> type, UUID id) {
        return Optional.ofNullable(em.find(type, id.toString()));
    }

    public List<CaseStudy> cases(Library library, TenantId asking, CaseFilter filter) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" WHERE ");
        switch (library) {
            case MINE -> {
                where.append("c.ownerTenant = :owner");
                params.put("owner", asking.value());
            }
            case NETWORK -> {
                where.append("c.status IN :published");
                params.put("published", List.of(CaseStatus.NETWORK, CaseStatus.PUBLIC));
            }
            case PUBLIC -> {
                where.append("c.status = :public");
                params.put("public", CaseStatus.PUBLIC);
            }
            default -> throw new IllegalStateException();
        }
        if (filter.theme() != null) {
            where.append(" AND c.theme LIKE :theme ESCAPE '\\'");
            params.put("theme", Like.containing(filter.theme()));
        }
        if (filter.field() != null) {
            where.append(" AND c.fields LIKE :field");
            params.put("field", EnumTags.patternFor(filter.field()));
        }
        if (filter.sector() != null) {
            where.append(" AND c.sectors LIKE :sector");
            params.put("sector", EnumTags.patternFor(filter.sector()));
        }
        if (filter.ward() != null) {
            where.append(" AND c.ward = :ward");
            params.put("ward", filter.ward());
        }
        if (filter.text() != null) {
            where.append(" AND (c.title LIKE :text ESCAPE '\\' OR c.theme LIKE :text ESCAPE '\\'"
                    + " OR c.whatWasDone LIKE :text ESCAPE '\\' OR c.whatWorked LIKE :text ESCAPE '\\'"
                    + " OR c.whatWasHard LIKE :text ESCAPE '\\')");
            params.put("text", Like.containing(filter.text()));
        }
        TypedQuery<CaseStudy> query = em.createQuery("SELECT c FROM CaseStudy c" + where
                + " ORDER BY c.publishedAt DESC, c.updatedAt DESC, c.id", CaseStudy.class);
        params.forEach(query::setParameter);
        return query.setMaxResults(500).getResultList();
    }

    /** Cases published to the network since {@code since} (still published). */
    public List<CaseStudy> publishedSince(Instant since) {
        return em.createQuery("SELECT c FROM CaseStudy c WHERE c.status IN :published AND c.publishedAt >= :since"
                        + " ORDER BY c.publishedAt", CaseStudy.class)
                .setParameter("published", List.of(CaseStatus.NETWORK, CaseStatus.PUBLIC))
                .setParameter("since", since).getResultList();
    }

    public List<CaseComment> comments(UUID caseId) {
        return em.createQuery("SELECT c FROM CaseComment c WHERE c.caseId = :id ORDER BY c.createdAt", CaseComment.class)
                .setParameter("id", caseId.toString()).getResultList();
    }

    /** How many centres marked each of these cases "we tried this too", in one query: case id → count. */
    public Map<String, Long> triedCounts(List<UUID> caseIds) {
        Map<String, Long> counts = new HashMap<>();
        if (caseIds.isEmpty()) {
            return counts;
        }
        for (Object[] row : em.createQuery("SELECT c.caseId, COUNT(c) FROM CaseComment c WHERE c.triedToo = true"
                        + " AND c.caseId IN :ids GROUP BY c.caseId", Object[].class)
                .setParameter("ids", caseIds.stream().map(UUID::toString).toList()).getResultList()) {
            counts.put((String) row[0], (Long) row[1]);
        }
        return counts;
    }

    public List<NetworkMeeting> meetings(Integer fiscalYear) {
        TypedQuery<NetworkMeeting> query = em.createQuery("SELECT m FROM NetworkMeeting m"
                + (fiscalYear == null ? "" : " WHERE m.fiscalYear = :year") + " ORDER BY m.date, m.start, m.id", NetworkMeeting.class);
        if (fiscalYear != null) {
            query.setParameter("year", fiscalYear);
        }
        return query.getResultList();
    }

    /** The meeting held last before {@code date}, if any. */
    public Optional<NetworkMeeting> meetingBefore(LocalDate date) {
        return em.createQuery("SELECT m FROM NetworkMeeting m WHERE m.date < :date ORDER BY m.date DESC", NetworkMeeting.class)
                .setParameter("date", date).setMaxResults(1).getResultStream().findFirst();
    }

    public List<AgendaItem> agenda(UUID meetingId) {
        return em.createQuery("SELECT a FROM AgendaItem a WHERE a.meetingId = :id ORDER BY a.position", AgendaItem.class)
                .setParameter("id", meetingId.toString()).getResultList();
    }

    public List<Attendance> attendance(UUID meetingId) {
        return em.createQuery("SELECT a FROM Attendance a WHERE a.meetingId = :id ORDER BY a.tenant, a.role", Attendance.class)
                .setParameter("id", meetingId.toString()).getResultList();
    }

    /** Replaces a meeting's attendance with {@code rows}. */
    public void replaceAttendance(UUID meetingId, List<Attendance> rows) {
        attendance(meetingId).forEach(em::remove);
        em.flush();
        rows.forEach(em::persist);
    }

    /** Attendance of a fiscal year's meetings: {meetingId, tenant, role, attendees}. */
    public List<Object[]> attendanceOfYear(int fiscalYear) {
        return em.createQuery("SELECT a.meetingId, a.tenant, a.role, a.attendees FROM Attendance a, NetworkMeeting m"
                + " WHERE m.id = a.meetingId AND m.fiscalYear = :year", Object[].class)
                .setParameter("year", fiscalYear).getResultList();
    }

    public List<ActionItem> actionsOfMeeting(UUID meetingId) {
        return em.createQuery("SELECT a FROM ActionItem a WHERE a.meetingId = :id ORDER BY a.dueOn, a.id", ActionItem.class)
                .setParameter("id", meetingId.toString()).getResultList();
    }

    /** Action items to review at a meeting: those of earlier meetings not done, and this meeting's. */
    public List<ActionItem> actionsToReview(UUID meetingId, LocalDate meetingDate) {
        return em.createQuery("SELECT a FROM ActionItem a, NetworkMeeting m WHERE m.id = a.meetingId AND"
                        + " (a.meetingId = :id OR (m.date < :date AND a.status <> :done))"
                        + " ORDER BY a.dueOn, a.id", ActionItem.class)
                .setParameter("id", meetingId.toString()).setParameter("date", meetingDate)
                .setParameter("done", jp.kyodonet.network.entity.ActionStatus.DONE).getResultList();
    }

    public List<ActionItem> actionsOf(TenantId assignee) {
        return em.createQuery("SELECT a FROM ActionItem a WHERE a.assignee = :centre ORDER BY a.status, a.dueOn, a.id",
                ActionItem.class).setParameter("centre", assignee.value()).getResultList();
    }

    public List<MeetingMaterials> materialsOf(UUID meetingId) {
        return em.createQuery("SELECT m FROM MeetingMaterials m WHERE m.meetingId = :id ORDER BY m.generatedAt DESC",
                MeetingMaterials.class).setParameter("id", meetingId.toString()).getResultList();
    }

    /** Support requests: one centre's, or all (the city centre). */
    public List<SupportRequest> supportRequests(TenantId from) {
        TypedQuery<SupportRequest> query = em.createQuery("SELECT s FROM SupportRequest s"
                + (from == null ? "" : " WHERE s.fromTenant = :from") + " ORDER BY s.createdAt DESC", SupportRequest.class);
        if (from != null) {
            query.setParameter("from", from.value());
        }
        return query.setMaxResults(500).getResultList();
    }

    /** Support requests made in [from, to): {status, count}. */
    public List<Object[]> supportCounts(Instant from, Instant to) {
        return em.createQuery("SELECT s.status, COUNT(s) FROM SupportRequest s WHERE s.createdAt >= :from AND s.createdAt < :to"
                + " GROUP BY s.status", Object[].class).setParameter("from", from).setParameter("to", to).getResultList();
    }
}
