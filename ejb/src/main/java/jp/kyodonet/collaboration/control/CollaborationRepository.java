package jp.kyodonet.collaboration.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jp.kyodonet.collaboration.entity.CollaborationContract;
import jp.kyodonet.collaboration.entity.CollaborationProject;
import jp.kyodonet.collaboration.entity.ContractAmendment;
import jp.kyodonet.collaboration.entity.EvaluationSheet;
import jp.kyodonet.collaboration.entity.EvaluationStatus;
import jp.kyodonet.collaboration.entity.OwnerKind;
import jp.kyodonet.organisation.entity.ActivityField;
import jp.kyodonet.platform.persistence.Like;
import jp.kyodonet.tenants.TenantId;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The city's collaboration catalogue: projects, contracts, amendments and evaluation sheets. Not
 * tenant-filtered by the platform, so every query here takes a {@link Scope}: the centre that manages the
 * records (a ward's centre its ward's projects, the city centre the bureaus'), or the whole city for HQ's
 * read-only view and the public report. A record outside the scope is not found.
 */
@Dependent
public class CollaborationRepository {

    /**
     * Whose records a caller reaches: one owning centre (a ward's centre and its ward office, or the city centre),
     * one bureau's projects at the city centre (a bureau's officer), or (the city's division) the whole city.
     */
    public record Scope(TenantId owner, String bureau) {

        public static Scope of(TenantId owner) {
            return new Scope(owner, null);
        }

        /** The projects of {@code bureau} (局) among those {@code owner} (the city centre) manages. */
        public static Scope bureau(TenantId owner, String bureau) {
            return new Scope(owner, java.util.Objects.requireNonNull(bureau));
        }

        public static Scope cityWide() {
            return new Scope(null, null);
        }

        public boolean isCityWide() {
            return owner == null;
        }

        boolean reaches(TenantId recordOwner) {
            return owner == null || owner.equals(recordOwner);
        }

        boolean admits(CollaborationProject project) {
            return reaches(project.ownerTenant())
                    && (bureau == null || project.ownerKind() == OwnerKind.BUREAU && bureau.equals(project.ownerName()));
        }
    }

    /** What to list: a fiscal year, owner kind, field and words in the name, division or partners. */
    public record ProjectFilter(Integer fiscalYear, OwnerKind ownerKind, ActivityField field, String text) {
    }

    @PersistenceContext(unitName = "kyodo")
    EntityManager em;

    public void add(Object record) {
        em.persist(record);
    }

    public void flush() {
        em.flush();
    }

    public Optional<CollaborationProject> project(Scope scope, UUID id) {
        return find(CollaborationProject.class, id, LockModeType.NONE, scope::admits);
    }

    public Optional<CollaborationContract> contract(Scope scope, UUID id) {
        return find(CollaborationContract.class, id, LockModeType.NONE,
                c -> scope.reaches(c.ownerTenant()) && admitsProject(scope, c.projectId()));
    }

    public Optional<EvaluationSheet> evaluation(Scope scope, UUID id) {
        return find(EvaluationSheet.class, id, LockModeType.NONE,
                e -> scope.reaches(e.ownerTenant()) && admitsProject(scope, e.projectId()));
    }

    /** A bureau's scope reaches a contract or sheet through its project; other scopes through the owner alone. */
    private boolean admitsProject(Scope scope, UUID projectId) {
        return scope.bureau() == null || Optional.ofNullable(em.find(CollaborationProject.class, projectId.toString()))
                .filter(scope::admits).isPresent();
    }

    /** The sheet behind a partner's link. */
    public Optional<EvaluationSheet> evaluationByToken(String token) {
        return em.createQuery("SELECT e FROM EvaluationSheet e WHERE e.partnerToken = :token", EvaluationSheet.class)
                .setParameter("token", token).getResultStream().findFirst();
    }

    private <T> Optional<T> find(Class<T> type, UUID id, LockModeType lock, Predicate<T> visible) {
        return Optional.ofNullable(em.find(type, id.toString(), lock)).filter(visible);
    }

    /** Projects in the scope, by owner, division and name. */
    public List<CollaborationProject> projects(Scope scope, ProjectFilter filter, int first, int max) {
        Map<String, Object> params = new HashMap<>();
        String where = projectWhere(scope, filter, params);
        TypedQuery<CollaborationProject> query = em.createQuery("SELECT p FROM CollaborationProject p" + where
                + " ORDER BY p.ownerKind DESC, p.ownerName, p.division, p.name, p.id", CollaborationProject.class);
        params.forEach(query::setParameter);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long countProjects(Scope scope, ProjectFilter filter) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(p) FROM CollaborationProject p"
                + projectWhere(scope, filter, params), Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private static String projectWhere(Scope scope, ProjectFilter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (!scope.isCityWide()) {
            where.append(" AND p.ownerTenant = :owner");
            params.put("owner", scope.owner().value());
        }
        if (scope.bureau() != null) {
            where.append(" AND p.ownerKind = :bureauKind AND p.ownerName = :bureau");
            params.put("bureauKind", OwnerKind.BUREAU);
            params.put("bureau", scope.bureau());
        }
        if (filter.fiscalYear() != null) {
            where.append(" AND p.fiscalYears LIKE :year");
            params.put("year", CollaborationProject.yearPattern(filter.fiscalYear()));
        }
        if (filter.ownerKind() != null) {
            where.append(" AND p.ownerKind = :kind");
            params.put("kind", filter.ownerKind());
        }
        if (filter.field() != null) {
            where.append(" AND p.field = :field");
            params.put("field", filter.field());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" AND (p.name LIKE :text ESCAPE '\\' OR p.division LIKE :text ESCAPE '\\'"
                    + " OR p.partners LIKE :text ESCAPE '\\' OR p.ownerName LIKE :text ESCAPE '\\')");
            params.put("text", Like.containing(filter.text().strip()));
        }
        return where.toString();
    }

    /** The bureaus (局) that own projects among those {@code owner} (the city centre) manages, by name. */
    public List<String> bureausOf(TenantId owner) {
        return em.createQuery("SELECT DISTINCT p.ownerName FROM CollaborationProject p WHERE p.ownerTenant = :owner"
                        + " AND p.ownerKind = :kind ORDER BY p.ownerName", String.class)
                .setParameter("owner", owner.value()).setParameter("kind", OwnerKind.BUREAU).getResultList();
    }

    /** Every project of the catalogue of {@code owner} whose key is one of {@code keys}, by key. */
    public Map<String, CollaborationProject> byCatalogueKey(TenantId owner, List<String> keys) {
        Map<String, CollaborationProject> found = new HashMap<>();
        for (int i = 0; i < keys.size(); i += 500) {
            em.createQuery("SELECT p FROM CollaborationProject p WHERE p.ownerTenant = :owner AND p.catalogueKey IN :keys",
                            CollaborationProject.class)
                    .setParameter("owner", owner.value())
                    .setParameter("keys", keys.subList(i, Math.min(keys.size(), i + 500)))
                    .getResultList().forEach(p -> found.put(p.catalogueKey(), p));
        }
        return found;
    }

    public List<CollaborationContract> contractsOf(Scope scope, UUID projectId) {
        return em.createQuery("SELECT c FROM CollaborationContract c WHERE c.projectId = :project ORDER BY c.periodFrom, c.id",
                        CollaborationContract.class)
                .setParameter("project", projectId.toString()).getResultList().stream()
                .filter(c -> scope.reaches(c.ownerTenant()) && admitsProject(scope, c.projectId())).toList();
    }

    public List<ContractAmendment> amendmentsOf(UUID contractId) {
        return em.createQuery("SELECT a FROM ContractAmendment a WHERE a.contractId = :contract ORDER BY a.amendedOn, a.id",
                ContractAmendment.class).setParameter("contract", contractId.toString()).getResultList();
    }

    public List<EvaluationSheet> evaluationsOf(UUID contractId) {
        return em.createQuery("SELECT e FROM EvaluationSheet e WHERE e.contractId = :contract ORDER BY e.fiscalYear",
                EvaluationSheet.class).setParameter("contract", contractId.toString()).getResultList();
    }

    /** Sheets in the scope (a fiscal year and a status optional), newest year first. */
    public List<EvaluationSheet> evaluations(Scope scope, Integer fiscalYear, EvaluationStatus status) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!scope.isCityWide()) {
            where.append(" AND e.ownerTenant = :owner");
            params.put("owner", scope.owner().value());
        }
        if (scope.bureau() != null) {
            where.append(" AND e.projectId IN (SELECT p.id FROM CollaborationProject p WHERE p.ownerKind = :bureauKind"
                    + " AND p.ownerName = :bureau)");
            params.put("bureauKind", OwnerKind.BUREAU);
            params.put("bureau", scope.bureau());
        }
        if (fiscalYear != null) {
            where.append(" AND e.fiscalYear = :year");
            params.put("year", fiscalYear);
        }
        if (status != null) {
            where.append(" AND e.status = :status");
            params.put("status", status);
        }
        TypedQuery<EvaluationSheet> query = em.createQuery("SELECT e FROM EvaluationSheet e" + where
                + " ORDER BY e.fiscalYear DESC, e.updatedAt DESC, e.id", EvaluationSheet.class);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    /** Projects of a fiscal year per owner kind and field: {kind, field, count}. */
    public List<Object[]> projectsByField(int fiscalYear) {
        return em.createQuery("SELECT p.ownerKind, p.field, COUNT(p) FROM CollaborationProject p"
                        + " WHERE p.fiscalYears LIKE :year GROUP BY p.ownerKind, p.field", Object[].class)
                .setParameter("year", CollaborationProject.yearPattern(fiscalYear)).getResultList();
    }

    /** The ids of projects of a fiscal year with a collaboration contract, per owner kind: from the catalogue's flag. */
    public List<Object[]> contractedProjectsFromCatalogue(int fiscalYear) {
        return em.createQuery("SELECT p.ownerKind, p.id FROM CollaborationProject p"
                        + " WHERE p.contractYears LIKE :year", Object[].class)
                .setParameter("year", CollaborationProject.yearPattern(fiscalYear)).getResultList();
    }

    /** Contracts whose period overlaps the fiscal year (not drafts): with their project's owner kind. */
    public List<Object[]> contractsInYear(java.time.LocalDate first, java.time.LocalDate last) {
        return em.createQuery("SELECT p.ownerKind, c FROM CollaborationContract c, CollaborationProject p"
                        + " WHERE p.id = c.projectId AND c.periodFrom <= :last AND c.periodTo >= :first"
                        + " AND c.status <> :drafting", Object[].class)
                .setParameter("first", first).setParameter("last", last)
                .setParameter("drafting", jp.kyodonet.collaboration.entity.ContractStatus.DRAFTING).getResultList();
    }

    public Optional<EvaluationSheet> evaluationOf(UUID contractId, int fiscalYear) {
        return em.createQuery("SELECT e FROM EvaluationSheet e WHERE e.contractId = :contract AND e.fiscalYear = :year",
                        EvaluationSheet.class)
                .setParameter("contract", contractId.toString()).setParameter("year", fiscalYear)
                .getResultStream().findFirst();
    }
}
