package jp.kyodonet.network.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jp.kyodonet.network.control.NetworkRepository;
import jp.kyodonet.network.entity.SupportRequest;
import jp.kyodonet.platform.error.DomainException;
import jp.kyodonet.platform.error.FieldError;
import jp.kyodonet.platform.error.Message;
import jp.kyodonet.platform.security.CurrentUser;
import jp.kyodonet.platform.security.Roles;
import jp.kyodonet.platform.time.BusinessClock;
import jp.kyodonet.tenants.TenantId;

import java.util.List;
import java.util.UUID;

/**
 * Support requests (日常的な運営支援) from ward centres to the city centre: a ward centre sees its own, the
 * city centre sees all and its coordinators answer; the asking centre closes an answered request.
 */
@Stateless
@RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
public class SupportRequests {

    @Inject
    NetworkRepository network;

    @Inject
    NetworkSupport support;

    @Inject
    CurrentUser user;

    @Inject
    BusinessClock clock;

    public NetworkViews.Support ask(@Valid @NotNull NetworkForms.SupportForm form) {
        TenantId here = support.here();
        if (support.isCity(here)) {
            throw DomainException.invalidInput(List.of(new FieldError("centre", new Message(
                    "支援依頼は区のセンターから市センターへ出すものです", "Support requests go from ward centres to the city centre"))));
        }
        SupportRequest request = new SupportRequest(here, form.topic(), form.body(), clock.now());
        network.add(request);
        network.flush();
        return view(request);
    }

    public List<NetworkViews.Support> list() {
        TenantId here = support.here();
        return network.supportRequests(support.isCity(here) ? null : here).stream().map(this::view).toList();
    }

    public NetworkViews.Support read(@NotNull UUID id) {
        return view(visible(id));
    }

    @RolesAllowed(Roles.NETWORK_COORDINATOR)
    public NetworkViews.Support answer(@NotNull UUID id, long version, @Valid @NotNull NetworkForms.AnswerForm form) {
        SupportRequest request = atVersion(visible(id), version);
        request.answer(form.answer(), clock.now(), user.signature());
        network.flush();
        return view(request);
    }

    public NetworkViews.Support close(@NotNull UUID id, long version) {
        SupportRequest request = atVersion(visible(id), version);
        if (!request.isFrom(support.here())) {
            throw DomainException.conflict(new Message("完了にするのは依頼したセンターです", "The asking centre closes its request"));
        }
        request.close(clock.now());
        network.flush();
        return view(request);
    }

    private SupportRequest visible(UUID id) {
        TenantId here = support.here();
        return network.find(SupportRequest.class, id).filter(r -> support.isCity(here) || r.isFrom(here))
                .orElseThrow(() -> DomainException.notFound("支援依頼", "Support request"));
    }

    private static SupportRequest atVersion(SupportRequest request, long version) {
        if (request.version() != version) {
            throw DomainException.staleVersion();
        }
        return request;
    }

    private NetworkViews.Support view(SupportRequest r) {
        return new NetworkViews.Support(r.id(), r.version(), r.fromTenant().value(), support.name(r.fromTenant().value()),
                r.topic(), r.body(), r.status(), r.answer(), r.answeredBy(), r.createdAt(), r.answeredAt());
    }
}
