package jp.kyodonet.collaboration.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.OptionalInt;
import jp.kyodonet.collaboration.entity.ContractStatus;
import jp.kyodonet.collaboration.entity.ContractType;
import jp.kyodonet.collaboration.entity.EvaluationStatus;
import jp.kyodonet.collaboration.entity.ProposalStatus;
import jp.kyodonet.kpi.FactSheet;
import jp.kyodonet.kpi.FactSupplier;
import jp.kyodonet.platform.tenancy.CurrentTenant;

/**
 * The collaboration indicators of the current centre (協働): proposals received and adopted, contracts in force in
 * the fiscal year by form (委託・補助・負担金・共催), and mutual evaluation sheets published. Contracts and sheets are
 * NETWORK records: their queries name the current centre as owner.
 */
@ApplicationScoped
public class CollaborationFacts implements FactSupplier {

    private static final Map<ContractType, String> CONTRACT_CODES = Map.of(
            ContractType.COMMISSION, "collaboration.contracts.commission",
            ContractType.SUBSIDY, "collaboration.contracts.subsidy",
            ContractType.SHARED_COST, "collaboration.contracts.sharedCost");

    @PersistenceContext(unitName = "kyodo")
    EntityManager em;

    @Inject
    CurrentTenant tenant;

    @Override
    public String source() {
        return "collaboration";
    }

    @Override
    public void supply(FactSheet sheet) {
        for (LocalDate received : em.createQuery("SELECT p.receivedOn FROM Proposal p WHERE p.status <> :inquiry"
                        + " AND p.receivedOn BETWEEN :from AND :to", LocalDate.class)
                .setParameter("inquiry", ProposalStatus.INQUIRY)
                .setParameter("from", sheet.from()).setParameter("to", sheet.to()).getResultList()) {
            sheet.count(received, "collaboration.proposalsReceived");
        }
        for (LocalDate decided : em.createQuery("SELECT p.decidedOn FROM Proposal p WHERE p.status IN :adopted"
                        + " AND p.decidedOn BETWEEN :from AND :to", LocalDate.class)
                .setParameter("adopted", EnumSet.of(ProposalStatus.ADOPTED, ProposalStatus.GRANTED,
                        ProposalStatus.CONTRACT_NEGOTIATION, ProposalStatus.CONTRACTED))
                .setParameter("from", sheet.from()).setParameter("to", sheet.to()).getResultList()) {
            sheet.count(decided, "collaboration.proposalsAdopted");
        }
        String centre = centre();
        for (ContractType type : em.createQuery("SELECT c.type FROM CollaborationContract c WHERE c.ownerTenant = :centre"
                        + " AND c.status <> :drafting AND c.periodFrom <= :to AND c.periodTo >= :from", ContractType.class)
                .setParameter("centre", centre).setParameter("drafting", ContractStatus.DRAFTING)
                .setParameter("from", sheet.from()).setParameter("to", sheet.to()).getResultList()) {
            if (type.isContractForm()) {
                sheet.add(0, CONTRACT_CODES.get(type), "", BigDecimal.ONE);
            }
        }
        for (Instant published : em.createQuery("SELECT e.publishedAt FROM EvaluationSheet e WHERE e.ownerTenant = :centre"
                        + " AND e.status = :published AND e.publishedAt >= :from AND e.publishedAt < :until", Instant.class)
                .setParameter("centre", centre).setParameter("published", EvaluationStatus.PUBLISHED)
                .setParameter("from", sheet.fromInstant()).setParameter("until", sheet.untilInstant()).getResultList()) {
            sheet.count(published, "collaboration.evaluationsPublished");
        }
    }

    @Override
    public OptionalInt firstYear() {
        LocalDate proposal = em.createQuery("SELECT MIN(p.receivedOn) FROM Proposal p", LocalDate.class).getSingleResult();
        LocalDate contract = em.createQuery("SELECT MIN(c.periodFrom) FROM CollaborationContract c WHERE c.ownerTenant = :centre",
                LocalDate.class).setParameter("centre", centre()).getSingleResult();
        return FactSheet.earliest(FactSheet.yearOf(proposal), FactSheet.yearOf(contract));
    }

    private String centre() {
        return tenant.get().orElseThrow(() -> new IllegalStateException("collaboration facts outside a centre")).value();
    }
}
