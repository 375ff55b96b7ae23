package jp.kyodonet.kpi.control;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import jp.kyodonet.booking.entity.Booking;
import jp.kyodonet.booking.entity.Space;
import jp.kyodonet.collaboration.entity.CollaborationContract;
import jp.kyodonet.collaboration.entity.EvaluationSheet;
import jp.kyodonet.collaboration.entity.Proposal;
import jp.kyodonet.consultation.entity.CaseCard;
import jp.kyodonet.consultation.entity.Consultation;
import jp.kyodonet.consultation.entity.ConsultationStep;
import jp.kyodonet.consultation.entity.Referral;
import jp.kyodonet.network.entity.Attendance;
import jp.kyodonet.network.entity.CaseStudy;
import jp.kyodonet.network.entity.NetworkMeeting;
import jp.kyodonet.organisation.entity.Organisation;
import jp.kyodonet.organisation.entity.RenewalRecord;
import jp.kyodonet.platform.tenancy.TenantDirectory;
import jp.kyodonet.platform.tenancy.TenantInterceptor;
import jp.kyodonet.programme.entity.Programme;
import jp.kyodonet.programme.entity.ProgrammeSession;
import jp.kyodonet.programme.entity.Registration;
import jp.kyodonet.programme.entity.SurveyAnswer;

/**
 * The event that keeps the KPI facts current: a default entity listener of the tenant persistence unit
 * ({@code META-INF/orm.xml}), so every insert, update and delete of a counted record, whichever service makes
 * it, marks its centre and source capability. When the transaction commits, the marked facts are recomputed
 * from the records in their own transaction; a rolled-back change marks nothing.
 */
public class KpiChangeListener {

    private static final Logger LOG = Logger.getLogger(KpiChangeListener.class.getName());
    private static final String CHANGES = KpiChangeListener.class.getName() + ".changes";

    /** Records whose centre is the transaction's tenant (TENANT scope), by the source they count for. */
    private static final Map<Class<?>, String> TENANT_OWNED = Map.ofEntries(
            Map.entry(Consultation.class, "consultation"), Map.entry(ConsultationStep.class, "consultation"),
            Map.entry(CaseCard.class, "consultation"),
            Map.entry(Organisation.class, "organisation"), Map.entry(RenewalRecord.class, "organisation"),
            Map.entry(Space.class, "booking"), Map.entry(Booking.class, "booking"),
            Map.entry(Programme.class, "programme"), Map.entry(ProgrammeSession.class, "programme"),
            Map.entry(Registration.class, "programme"), Map.entry(SurveyAnswer.class, "programme"),
            Map.entry(Proposal.class, "collaboration"));

    @PostPersist
    @PostUpdate
    @PostRemove
    public void changed(Object record) {
        TransactionSynchronizationRegistry registry = registry();
        Set<KpiRefresher.Target> targets = targets(record, registry);
        if (targets.isEmpty()) {
            return;
        }
        Changes changes = (Changes) registry.getResource(CHANGES);
        if (changes == null) {
            changes = new Changes();
            registry.putResource(CHANGES, changes);
            registry.registerInterposedSynchronization(changes);
        }
        changes.targets.addAll(targets);
    }

    private Set<KpiRefresher.Target> targets(Object record, TransactionSynchronizationRegistry registry) {
        Set<KpiRefresher.Target> targets = new LinkedHashSet<>();
        String source = TENANT_OWNED.get(record.getClass());
        if (source != null) {
            Object tenant = registry.getResource(TenantInterceptor.TRANSACTION_TENANT);
            if (tenant != null) {
                targets.add(new KpiRefresher.Target(tenant.toString(), source));
            } else {
                LOG.warning(() -> "a " + record.getClass().getSimpleName() + " changed outside a tenant's transaction:"
                        + " recomputing " + source + " for every centre");
                everyCentre(source, targets);
            }
        } else if (record instanceof Referral r) {
            targets.add(new KpiRefresher.Target(r.fromTenant().value(), "referral"));
            targets.add(new KpiRefresher.Target(r.toTenant().value(), "referral"));
        } else if (record instanceof CollaborationContract c) {
            targets.add(new KpiRefresher.Target(c.ownerTenant().value(), "collaboration"));
        } else if (record instanceof EvaluationSheet e) {
            targets.add(new KpiRefresher.Target(e.ownerTenant().value(), "collaboration"));
        } else if (record instanceof CaseStudy c) {
            targets.add(new KpiRefresher.Target(c.ownerTenant().value(), "network"));
        } else if (record instanceof Attendance a) {
            targets.add(new KpiRefresher.Target(a.tenant(), "network"));
        } else if (record instanceof NetworkMeeting) {
            // its date decides the month of every centre's attendance
            everyCentre("network", targets);
        }
        return targets;
    }

    private static void everyCentre(String source, Set<KpiRefresher.Target> targets) {
        for (var tenant : CDI.current().select(TenantDirectory.class).get().all()) {
            targets.add(new KpiRefresher.Target(tenant.id().value(), source));
        }
    }

    private static TransactionSynchronizationRegistry registry() {
        try {
            return InitialContext.doLookup("java:comp/TransactionSynchronizationRegistry");
        } catch (NamingException e) {
            throw new IllegalStateException("no transaction synchronization registry", e);
        }
    }

    /** The targets one transaction marked; handed to the refresher once it has committed. */
    private static final class Changes implements Synchronization {
        final Set<KpiRefresher.Target> targets = new LinkedHashSet<>();

        @Override
        public void beforeCompletion() {
            // nothing: the facts are recomputed from what was committed
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                CDI.current().select(KpiRefresher.class).get().schedule(List.copyOf(targets));
            }
        }
    }
}
