package jp.kyodonet.network.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jp.kyodonet.collaboration.control.CollaborationRepository;
import jp.kyodonet.collaboration.entity.CollaborationProject;
import jp.kyodonet.consultation.control.ConsultationRepository;
import jp.kyodonet.consultation.entity.Consultation;
import jp.kyodonet.consultation.entity.ConsultationStatus;
import jp.kyodonet.consultation.entity.Vocabulary;
import jp.kyodonet.network.control.NetworkRepository;
import jp.kyodonet.network.entity.CaseComment;
import jp.kyodonet.network.entity.CaseSource;
import jp.kyodonet.network.entity.CaseStudy;
import jp.kyodonet.network.entity.PartnerSector;
import jp.kyodonet.platform.error.DomainException;
import jp.kyodonet.platform.error.Message;
import jp.kyodonet.platform.security.CurrentUser;
import jp.kyodonet.platform.security.Roles;
import jp.kyodonet.platform.time.BusinessClock;
import jp.kyodonet.tenants.TenantId;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The shared case library (好事例・事例共有, NETWORK scope). A centre writes cases from scratch or from one
 * of its closed consultations or projects (only the non-personal parts carry over), submits them with the
 * redaction checklist confirmed; its manager approves and publishes them to the network or the public
 * library. Drafts and submitted cases are seen only inside their centre; published ones by every centre,
 * which can comment and mark "we tried this too".
 */
@Stateless
@RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
public class CaseLibrary {

    @Inject
    NetworkRepository network;

    @Inject
    NetworkSupport support;

    @Inject
    ConsultationRepository consultations;

    @Inject
    CollaborationRepository collaboration;

    @Inject
    CurrentUser user;

    @Inject
    BusinessClock clock;

    public NetworkViews.CaseView write(@Valid @NotNull NetworkForms.CaseForm form) {
        return created(new CaseStudy(support.here(), CaseSource.SCRATCH, null, content(form), clock.now(), user.signature()));
    }

    /**
     * A draft from a closed consultation of the centre: the track, topics and outcome frame it; the
     * requester's name, contact and the consultation's own text never carry over.
     */
    public NetworkViews.CaseView fromConsultation(@NotNull UUID consultationId) {
        Consultation c = consultations.find(consultationId).orElseThrow(() -> DomainException.notFound("相談", "Consultation"));
        if (c.status() != ConsultationStatus.CLOSED) {
            throw DomainException.conflict(new Message("事例にできるのは終了した相談です", "Only a closed consultation becomes a case"));
        }
        String topics = c.topics().stream().map(t -> Vocabulary.label(t).ja()).collect(Collectors.joining("・"));
        String track = Vocabulary.label(c.track()).ja();
        CaseStudy draft = new CaseStudy(support.here(), CaseSource.CONSULTATION, consultationId, new CaseStudy.Content(
                track + "の事例", topics.isEmpty() ? track : topics, Set.of(), Set.of(), support.wardOf(support.here()),
                "（" + track + "として受けた相談。結果: " + (c.outcome() == null ? "—" : Vocabulary.label(c.outcome()).ja())
                        + "。経緯を個人が特定されない形で書いてください）", null, null, null, false, false),
                clock.now(), user.signature());
        return created(draft);
    }

    /** A draft from a collaboration project the centre manages: name, field and partners (public information). */
    public NetworkViews.CaseView fromProject(@NotNull UUID projectId) {
        CollaborationProject p = collaboration.project(CollaborationRepository.Scope.of(support.here()), projectId)
                .orElseThrow(() -> DomainException.notFound("協働事業", "Collaboration project"));
        CaseStudy draft = new CaseStudy(support.here(), CaseSource.PROJECT, projectId, new CaseStudy.Content(p.name(),
                p.name(), EnumSet.of(p.field()), Set.of(), support.wardOf(support.here()),
                "（協働の相手方: " + (p.partners() == null ? "—" : p.partners()) + "。取組の内容を書いてください）",
                null, null, null, false, false), clock.now(), user.signature());
        return created(draft);
    }

    private NetworkViews.CaseView created(CaseStudy draft) {
        network.add(draft);
        network.flush();
        return view(draft);
    }

    public List<NetworkViews.CaseSummary> list(@NotNull NetworkRepository.Library library,
                                               @NotNull NetworkRepository.CaseFilter filter) {
        if (library == NetworkRepository.Library.PUBLIC) {
            library = NetworkRepository.Library.NETWORK;
        }
        return support.summaries(network.cases(library, support.here(), filter));
    }

    public NetworkViews.CaseView read(@NotNull UUID id) {
        return view(readable(id));
    }

    public NetworkViews.CaseView revise(@NotNull UUID id, long version, @Valid @NotNull NetworkForms.CaseForm form) {
        CaseStudy c = ownAtVersion(id, version);
        c.revise(content(form), clock.now(), user.signature());
        return saved(c);
    }

    public NetworkViews.CaseView submit(@NotNull UUID id, long version) {
        CaseStudy c = ownAtVersion(id, version);
        c.submit(clock.now(), user.signature());
        return saved(c);
    }

    @RolesAllowed({Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
    public NetworkViews.CaseView returnToDraft(@NotNull UUID id, long version) {
        CaseStudy c = ownAtVersion(id, version);
        c.returnToDraft(clock.now(), user.signature());
        return saved(c);
    }

    @RolesAllowed({Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
    public NetworkViews.CaseView approve(@NotNull UUID id, long version) {
        CaseStudy c = ownAtVersion(id, version);
        c.approve(clock.now(), user.signature());
        return saved(c);
    }

    @RolesAllowed({Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
    public NetworkViews.CaseView publish(@NotNull UUID id, long version, boolean toPublic) {
        CaseStudy c = ownAtVersion(id, version);
        c.publish(toPublic, clock.now(), user.signature());
        return saved(c);
    }

    @RolesAllowed({Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
    public NetworkViews.CaseView archive(@NotNull UUID id, long version) {
        CaseStudy c = ownAtVersion(id, version);
        c.archive(clock.now(), user.signature());
        return saved(c);
    }

    /** A comment or "we tried this too" on a published case (once per centre for the latter: 409 again). */
    public NetworkViews.CaseView comment(@NotNull UUID id, @Valid @NotNull NetworkForms.CommentForm form) {
        CaseStudy c = readable(id);
        boolean tried = Boolean.TRUE.equals(form.triedToo());
        if (!c.status().isPublished()) {
            throw DomainException.conflict(new Message("コメントできるのは公開中の事例です", "Only a published case takes comments"));
        }
        if (!tried && (form.body() == null || form.body().isBlank())) {
            throw DomainException.invalidInput(List.of(new jp.kyodonet.platform.error.FieldError("body", new Message(
                    "コメントを入力してください", "Write a comment"))));
        }
        TenantId here = support.here();
        if (tried && network.comments(id).stream().anyMatch(x -> x.triedToo() && x.authorTenant().equals(here))) {
            throw DomainException.conflict(new Message("このセンターはすでに「当センターでも実施」を付けています",
                    "This centre already marked that it tried this"));
        }
        network.add(new CaseComment(id, here, user.signature(), form.body(), tried, clock.now()));
        network.flush();
        return view(c);
    }

    private NetworkViews.CaseView saved(CaseStudy c) {
        network.flush();
        return view(c);
    }

    private CaseStudy readable(UUID id) {
        TenantId here = support.here();
        return network.find(CaseStudy.class, id).filter(c -> c.isReadableBy(here))
                .orElseThrow(() -> DomainException.notFound("事例", "Case"));
    }

    private CaseStudy ownAtVersion(UUID id, long version) {
        TenantId here = support.here();
        CaseStudy c = network.find(CaseStudy.class, id).filter(x -> x.isOwnedBy(here))
                .orElseThrow(() -> DomainException.notFound("事例", "Case"));
        if (c.version() != version) {
            throw DomainException.staleVersion();
        }
        return c;
    }

    private CaseStudy.Content content(NetworkForms.CaseForm f) {
        String ward = f.ward() == null || f.ward().isBlank() ? support.wardOf(support.here()) : f.ward();
        return new CaseStudy.Content(f.title(), f.theme(), f.fields(), f.sectors() == null ? Set.<PartnerSector>of() : f.sectors(),
                ward, f.whatWasDone(), f.whatWorked(), f.whatWasHard(), f.contacts(), Boolean.TRUE.equals(f.contactsConsent()),
                Boolean.TRUE.equals(f.redactionConfirmed()));
    }

    private NetworkViews.CaseView view(CaseStudy c) {
        boolean mine = c.isOwnedBy(support.here());
        List<CaseComment> all = network.comments(c.id());
        List<NetworkViews.Comment> comments = all.stream().map(x -> new NetworkViews.Comment(
                x.authorTenant().value(), support.name(x.authorTenant().value()), x.author(), x.body(), x.triedToo(),
                x.createdAt())).toList();
        long tried = all.stream().filter(CaseComment::triedToo).count();
        return new NetworkViews.CaseView(support.summary(c, tried), c.whatWasDone(), c.whatWorked(), c.whatWasHard(),
                mine ? c.contactsAsWritten() : c.contacts(), c.contactsConsent(), c.source(), c.redactionConfirmed(), mine,
                comments);
    }
}
