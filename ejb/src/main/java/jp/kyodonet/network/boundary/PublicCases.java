package jp.kyodonet.network.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jp.kyodonet.network.control.NetworkRepository;
import jp.kyodonet.network.entity.CaseStatus;
import jp.kyodonet.network.entity.CaseStudy;
import jp.kyodonet.platform.error.DomainException;

import java.util.List;
import java.util.UUID;

/** The public case library: public cases only; the organisations' contacts only with their consent; no comments. */
@Stateless
@PermitAll
public class PublicCases {

    @Inject
    NetworkRepository network;

    @Inject
    NetworkSupport support;

    public List<NetworkViews.CaseSummary> list(@NotNull NetworkRepository.CaseFilter filter) {
        return support.summaries(network.cases(NetworkRepository.Library.PUBLIC, null, filter));
    }

    public NetworkViews.CaseView read(@NotNull UUID id) {
        CaseStudy c = network.find(CaseStudy.class, id).filter(x -> x.status() == CaseStatus.PUBLIC)
                .orElseThrow(() -> DomainException.notFound("事例", "Case"));
        return new NetworkViews.CaseView(support.summaries(List.of(c)).get(0), c.whatWasDone(), c.whatWorked(), c.whatWasHard(), c.contacts(),
                c.contactsConsent(), c.source(), true, false, List.of());
    }

}
