package jp.kyodonet.network.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jp.kyodonet.network.control.NetworkRepository;
import jp.kyodonet.network.entity.ActionItem;
import jp.kyodonet.platform.error.DomainException;
import jp.kyodonet.platform.security.CurrentUser;
import jp.kyodonet.platform.security.Roles;
import jp.kyodonet.platform.time.BusinessClock;

import java.util.List;
import java.util.UUID;

/** Action items assigned to the caller's centre: listed in its portal, status reported by it alone. */
@Stateless
@RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
public class ActionItems {

    @Inject
    NetworkRepository network;

    @Inject
    NetworkSupport support;

    @Inject
    CurrentUser user;

    @Inject
    BusinessClock clock;

    public List<NetworkViews.Action> mine() {
        return network.actionsOf(support.here()).stream().map(MeetingService::action).toList();
    }

    /** Another centre's item is not found. */
    public NetworkViews.Action report(@NotNull UUID id, long version, @Valid @NotNull NetworkForms.ActionReport report) {
        ActionItem item = network.find(ActionItem.class, id).filter(a -> a.isAssignedTo(support.here()))
                .orElseThrow(() -> DomainException.notFound("対応事項", "Action item"));
        if (item.version() != version) {
            throw DomainException.staleVersion();
        }
        item.report(report.status(), report.note(), clock.now(), user.signature());
        network.flush();
        return MeetingService.action(item);
    }
}
