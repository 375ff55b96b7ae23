package jp.kyodonet.collaboration.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jp.kyodonet.collaboration.entity.Proposal;

import java.util.Optional;

/** Finds a proposal of the current centre by its status link (called through {@code SystemTasks.asTenant}). */
@Stateless
public class ProposalStatusLookup {

    @Inject
    ProposalRepository proposals;

    public Optional<Proposal> byToken(String token) {
        return proposals.byToken(token);
    }
}
