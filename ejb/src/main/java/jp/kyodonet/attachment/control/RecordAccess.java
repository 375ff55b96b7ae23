package jp.kyodonet.attachment.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.kyodonet.attachment.entity.RecordKind;
import jp.kyodonet.collaboration.entity.CollaborationContract;
import jp.kyodonet.collaboration.entity.Proposal;
import jp.kyodonet.consultation.entity.Consultation;
import jp.kyodonet.network.entity.CaseStudy;
import jp.kyodonet.organisation.entity.Organisation;
import jp.kyodonet.platform.error.DomainException;
import jp.kyodonet.platform.error.Message;
import jp.kyodonet.platform.tenancy.CurrentTenant;
import jp.kyodonet.tenants.TenantId;

import java.util.UUID;

/**
 * Whether the caller's centre may see and change the files and comments of a record: a consultation, organisation
 * or proposal is found only in its own centre (the multitenant persistence unit adds the centre to the lookup); a
 * contract belongs to its managing centre; a network case to its writer, and is read by every centre once
 * published. A record the centre cannot see is 404, whichever centre holds it.
 */
@Dependent
public class RecordAccess {

    /** A record the caller's centre can see: its owner, whether the caller's centre may change it, its title. */
    public record Target(RecordKind kind, UUID id, TenantId owner, boolean writable, Message title) {
    }

    @PersistenceContext(unitName = "kyodo")
    EntityManager em;

    @Inject
    CurrentTenant tenant;

    public Target readable(RecordKind kind, UUID id) {
        TenantId here = tenant.get().orElseThrow(() -> new IllegalStateException("no centre"));
        String key = id.toString();
        Target target = switch (kind) {
            case CONSULTATION -> {
                Consultation c = em.find(Consultation.class, key);
                yield c == null ? null : new Target(kind, id, here, true,
                        new Message(c.receivedOn() + " 受付の相談", "the consultation received on " + c.receivedOn()));
            }
            case ORGANISATION -> {
                Organisation o = em.find(Organisation.class, key);
                yield o == null ? null : new Target(kind, id, here, true, new Message("団体「" + o.name() + "」", o.name()));
            }
            case PROPOSAL -> {
                Proposal p = em.find(Proposal.class, key);
                yield p == null ? null : new Target(kind, id, here, true, new Message("協働提案「" + p.title() + "」", p.title()));
            }
            case CONTRACT -> {
                CollaborationContract c = em.find(CollaborationContract.class, key);
                yield c == null || !c.isOwnedBy(here) ? null : new Target(kind, id, here, true,
                        new Message("協働契約「" + c.purpose() + "」", c.purpose()));
            }
            case CASE -> {
                CaseStudy c = em.find(CaseStudy.class, key);
                yield c == null || !c.isReadableBy(here) ? null : new Target(kind, id, c.ownerTenant(), c.isOwnedBy(here),
                        new Message("事例「" + c.title() + "」", c.title()));
            }
        };
        if (target == null) {
            throw DomainException.notFound(kind.ja(), kind.en());
        }
        return target;
    }

    /** A record whose files the caller's centre may add and remove (a published case of another centre: 403). */
    public Target writable(RecordKind kind, UUID id) {
        Target target = readable(kind, id);
        if (!target.writable()) {
            throw DomainException.forbidden(new Message("この" + kind.ja() + "のファイルは、書いたセンターだけが追加・削除できます",
                    "only the centre that wrote this " + kind.en() + " adds or removes its files"));
        }
        return target;
    }
}
