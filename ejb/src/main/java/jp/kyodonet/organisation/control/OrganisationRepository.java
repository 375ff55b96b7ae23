package jp.kyodonet.organisation.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jp.kyodonet.organisation.entity.ActivityField;
import jp.kyodonet.organisation.entity.ActivityFieldsConverter;
import jp.kyodonet.organisation.entity.Organisation;
import jp.kyodonet.organisation.entity.RegistrationStatus;
import jp.kyodonet.organisation.entity.RenewalOutcome;
import jp.kyodonet.platform.paging.Page;
import jp.kyodonet.platform.persistence.Like;
import jp.kyodonet.platform.paging.PageRequest;
import jp.kyodonet.platform.time.FiscalYear;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The current centre's organisations and renewal decisions (tenant-filtered persistence unit). */
@Dependent
public class OrganisationRepository {

    /** The list filters; null means any. {@code dueBefore}: registered and expired before that date. */
    public record Filter(RegistrationStatus status, ActivityField field, String text, LocalDate dueBefore) {
    }

    @PersistenceContext(unitName = "kyodo")
    EntityManager em;

    public Optional<Organisation> find(UUID id) {
        return Optional.ofNullable(em.find(Organisation.class, id.toString()));
    }

    public void add(Object record) {
        em.persist(record);
    }

    public void remove(Organisation organisation) {
        em.remove(organisation);
    }

    public long count() {
        return em.createQuery("SELECT COUNT(o) FROM Organisation o", Long.class).getSingleResult();
    }

    public void flush() {
        em.flush();
    }

    /** The centre's next registration number for a fiscal year: 2026-001, 2026-002, ... */
    public String nextRegistrationNumber(FiscalYear year) {
        String prefix = year.startYear() + "-";
        List<String> numbers = em.createQuery("SELECT o.registrationNumber FROM Organisation o"
                        + " WHERE o.registrationNumber LIKE :prefix ORDER BY o.registrationNumber DESC", String.class)
                .setParameter("prefix", prefix + "%")
                .setMaxResults(1)
                .getResultList();
        int next = numbers.isEmpty() ? 1 : Integer.parseInt(numbers.get(0).substring(prefix.length())) + 1;
        return prefix + String.format("%03d", next);
    }

    /** Organisations by name, filtered. */
    public Page<Organisation> list(Filter filter, PageRequest page) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (filter.status() != null) {
            where.append(" AND o.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.field() != null) {
            where.append(" AND o.activityFieldTags LIKE :field");
            parameters.put("field", ActivityFieldsConverter.patternFor(filter.field()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" AND LOWER(o.name) LIKE :text").append(Like.ESCAPE);
            parameters.put("text", Like.containing(filter.text()));
        }
        if (filter.dueBefore() != null) {
            where.append(" AND o.status = :registered AND o.expiresOn < :dueBefore");
            parameters.put("registered", RegistrationStatus.REGISTERED);
            parameters.put("dueBefore", filter.dueBefore());
        }
        TypedQuery<Organisation> items = em.createQuery("SELECT o FROM Organisation o" + where + " ORDER BY o.name, o.id",
                Organisation.class);
        TypedQuery<Long> total = em.createQuery("SELECT COUNT(o) FROM Organisation o" + where, Long.class);
        parameters.forEach((name, value) -> {
            items.setParameter(name, value);
            total.setParameter(name, value);
        });
        return new Page<>(items.setFirstResult(page.firstResult()).setMaxResults(page.size()).getResultList(),
                page.page(), page.size(), total.getSingleResult());
    }

    /** Decisions on registrations due in a fiscal year, by outcome. */
    public long decided(FiscalYear due, RenewalOutcome outcome) {
        return em.createQuery("SELECT COUNT(r) FROM RenewalRecord r WHERE r.dueFiscalYear = :year AND r.outcome = :outcome",
                        Long.class)
                .setParameter("year", due.startYear())
                .setParameter("outcome", outcome)
                .getSingleResult();
    }

    /** Registered organisations whose registration ended with the fiscal year before {@code due}, undecided. */
    public long pending(FiscalYear due) {
        return em.createQuery("SELECT COUNT(o) FROM Organisation o WHERE o.status = :registered AND o.expiresOn = :end",
                        Long.class)
                .setParameter("registered", RegistrationStatus.REGISTERED)
                .setParameter("end", new FiscalYear(due.startYear() - 1).lastDay())
                .getSingleResult();
    }
}
