package jp.kyodonet.collaboration.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jp.kyodonet.collaboration.entity.ProposalStatus;

/**
 * A centre's proposal counts of a fiscal year (no personal data): received (submitted at some point) and
 * adopted (adopted at some point, including granted, in negotiation and contracted). Called for each
 * centre through {@code SystemTasks.asTenant} by the ordinance report.
 */
@Stateless
public class ProposalFigures {

    /** Received and adopted proposals of one centre. */
    public record Counts(long received, long adopted) {

        public Counts plus(Counts other) {
            return new Counts(received + other.received, adopted + other.adopted);
        }
    }

    @Inject
    ProposalRepository proposals;

    public Counts of(int fiscalYear) {
        long received = 0;
        long adopted = 0;
        for (Object[] row : proposals.countByStatus(fiscalYear)) {
            ProposalStatus status = (ProposalStatus) row[0];
            long count = (Long) row[1];
            if (status.isReceived()) {
                received += count;
            }
            if (status.isAdopted()) {
                adopted += count;
            }
        }
        return new Counts(received, adopted);
    }
}
