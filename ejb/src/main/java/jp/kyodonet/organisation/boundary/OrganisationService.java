package jp.kyodonet.organisation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jp.kyodonet.organisation.control.OrganisationRepository;
import jp.kyodonet.organisation.entity.ActivityField;
import jp.kyodonet.organisation.entity.Organisation;
import jp.kyodonet.organisation.entity.RegistrationStatus;
import jp.kyodonet.organisation.entity.RenewalOutcome;
import jp.kyodonet.organisation.entity.RenewalRecord;
import jp.kyodonet.platform.audit.AuditEntry;
import jp.kyodonet.platform.audit.AuditLog;
import jp.kyodonet.platform.error.DomainException;
import jp.kyodonet.platform.error.FieldError;
import jp.kyodonet.platform.error.Message;
import jp.kyodonet.platform.paging.Page;
import jp.kyodonet.platform.paging.PageRequest;
import jp.kyodonet.platform.security.CurrentUser;
import jp.kyodonet.platform.security.Roles;
import jp.kyodonet.platform.tenancy.CurrentTenant;
import jp.kyodonet.platform.tenancy.TenantDirectory;
import jp.kyodonet.platform.time.BusinessClock;
import jp.kyodonet.platform.time.FiscalYear;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * 団体登録: the organisations of the caller's centre, their registration workflow and renewals. The
 * centre is the caller's tenant; reads of representative and contact and every change are audit-logged.
 */
@Stateless
@RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
public class OrganisationService {

    static final String RECORD_TYPE = "organisation";

    /** The list's filters. {@code renewalDue}: only registrations due for renewal today. */
    public record Query(RegistrationStatus status, ActivityField field, String text, boolean renewalDue,
                        @Valid @NotNull PageRequest page) {
    }

    @Inject
    OrganisationRepository organisations;

    @Inject
    TenantDirectory tenants;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @Inject
    BusinessClock clock;

    /** Staff take an organisation's application. */
    public OrganisationView apply(@Valid @NotNull OrganisationForm form) {
        LocalDate today = clock.today();
        Organisation organisation = Organisation.apply(form.toDetails(),
                form.appliedOn() == null ? today : form.appliedOn(), today, clock.now(), user.signature());
        organisations.add(organisation);
        organisations.flush();
        audit.record(AuditEntry.Action.CREATE, RECORD_TYPE, organisation.id());
        return view(organisation);
    }

    /** The centre's organisations by name, without personal data. */
    public Page<OrganisationSummary> list(@Valid @NotNull Query query) {
        LocalDate today = clock.today();
        var filter = new OrganisationRepository.Filter(query.status(), query.field(), query.text(),
                query.renewalDue() ? FiscalYear.of(today).firstDay() : null);
        return organisations.list(filter, query.page()).map(o -> summary(o, today));
    }

    /** One organisation with its representative and contact; the read is audit-logged. */
    public OrganisationView read(@NotNull UUID id) {
        Organisation organisation = find(id);
        audit.record(AuditEntry.Action.READ_PERSONAL_DATA, RECORD_TYPE, id);
        return view(organisation);
    }

    public OrganisationView revise(@NotNull UUID id, long version, @Valid @NotNull OrganisationForm form) {
        return change(id, version, o -> o.revise(form.toDetails(), clock.today(), clock.now(), user.signature()));
    }

    public OrganisationView recordHearing(@NotNull UUID id, long version, @Valid @NotNull HearingForm form) {
        return change(id, version, o -> o.recordHearing(form.collaboration(), form.seeds(), form.issues(), clock.now(),
                user.signature()));
    }

    /** Registers with the centre's next number once every requirement of the centre is confirmed. */
    public OrganisationView register(@NotNull UUID id, long version, @Valid @NotNull RegistrationForm form) {
        LocalDate on = form.registeredOn() == null ? clock.today() : form.registeredOn();
        Organisation organisation = findAtVersion(id, version);
        List<jp.kyodonet.tenants.RegistrationRequirement> required = centre().registrationRequirements();
        List<String> unknown = form.confirmed().stream()
                .filter(c -> required.stream().noneMatch(r -> r.code().equals(c))).sorted().toList();
        if (!unknown.isEmpty()) {
            throw DomainException.invalidInput(List.of(new FieldError("confirmed", new Message(
                    "このセンターの登録要件にない項目です（" + String.join(", ", unknown) + "）",
                    "not a registration requirement of this centre (" + String.join(", ", unknown) + ")"))));
        }
        organisation.register(required, form.confirmed(),
                organisations.nextRegistrationNumber(FiscalYear.of(on)), on, cycle(), clock.today(), clock.now(),
                user.signature());
        flush();
        audit.record(AuditEntry.Action.UPDATE, RECORD_TYPE, id);
        return view(organisation);
    }

    public OrganisationView refuse(@NotNull UUID id, long version, @Valid @NotNull RefusalForm form) {
        return change(id, version, o -> o.refuse(form.reason(), clock.now(), user.signature()));
    }

    /** A due registration is renewed for another cycle. */
    public OrganisationView renew(@NotNull UUID id, long version) {
        Organisation organisation = findAtVersion(id, version);
        FiscalYear due = organisation.renew(cycle(), clock.today(), clock.now(), user.signature());
        organisations.add(new RenewalRecord(id, due, RenewalOutcome.RENEWED, clock.now(), user.signature()));
        flush();
        audit.record(AuditEntry.Action.UPDATE, RECORD_TYPE, id);
        return view(organisation);
    }

    /** A due registration was not renewed. */
    public OrganisationView lapse(@NotNull UUID id, long version) {
        Organisation organisation = findAtVersion(id, version);
        FiscalYear due = organisation.lapse(clock.today(), clock.now(), user.signature());
        organisations.add(new RenewalRecord(id, due, RenewalOutcome.LAPSED, clock.now(), user.signature()));
        flush();
        audit.record(AuditEntry.Action.UPDATE, RECORD_TYPE, id);
        return view(organisation);
    }

    /** The renewal figures of the registrations that came due in a fiscal year. */
    public RenewalReport renewals(@NotNull FiscalYear year) {
        long renewed = organisations.decided(year, RenewalOutcome.RENEWED);
        long lapsed = organisations.decided(year, RenewalOutcome.LAPSED);
        long pending = organisations.pending(year);
        long due = renewed + lapsed + pending;
        return new RenewalReport(year.startYear(), year.japaneseLabel(), due, renewed, lapsed, pending,
                due == 0 ? null : (double) renewed / due);
    }

    /** A manager removes an organisation entered by mistake. */
    @RolesAllowed(Roles.CENTRE_MANAGER)
    public void remove(@NotNull UUID id, long version) {
        Organisation organisation = findAtVersion(id, version);
        organisations.remove(organisation);
        flush();
        files.removeAllOf(currentTenant.get().orElseThrow(), jp.kyodonet.attachment.entity.RecordKind.ORGANISATION, id);
        audit.record(AuditEntry.Action.DELETE, RECORD_TYPE, id);
    }

    private int cycle() {
        return centre().kind().registrationCycleYears();
    }

    private jp.kyodonet.tenants.Tenant centre() {
        return currentTenant.get().flatMap(t -> tenants.findActive(t.value()))
                .orElseThrow(() -> new IllegalStateException("no active tenant"));
    }

    /** The current centre's registration requirements (its catalogue file's). */
    public List<jp.kyodonet.tenants.RegistrationRequirement> requirements() {
        return centre().registrationRequirements();
    }

    private OrganisationView change(UUID id, long version, Consumer<Organisation> move) {
        Organisation organisation = findAtVersion(id, version);
        move.accept(organisation);
        flush();
        audit.record(AuditEntry.Action.UPDATE, RECORD_TYPE, id);
        return view(organisation);
    }

    private Organisation find(UUID id) {
        return organisations.find(id).orElseThrow(() -> DomainException.notFound("団体", "Organisation"));
    }

    private Organisation findAtVersion(UUID id, long version) {
        Organisation organisation = find(id);
        if (!organisation.isAtVersion(version)) {
            throw DomainException.staleVersion();
        }
        return organisation;
    }

    private void flush() {
        try {
            organisations.flush();
        } catch (OptimisticLockException concurrent) {
            throw DomainException.staleVersion();
        } catch (PersistenceException clash) {
            throw DomainException.conflict(new Message("同時に別の登録・更新が行われました。もう一度お試しください。",
                    "Another registration or renewal happened at the same time; try again."));
        }
    }

    private static OrganisationSummary summary(Organisation o, LocalDate today) {
        return new OrganisationSummary(o.id(), o.version(), o.name(), o.legalForm(), o.ward(), o.activityFields(),
                o.status(), o.registrationNumber(), o.registeredOn(), o.expiresOn(), o.isRenewalDue(today));
    }

    private OrganisationView view(Organisation o) {
        return new OrganisationView(o.id(), o.version(), o.name(), o.legalForm(), o.representative(), o.contact(),
                o.ward(), o.activityFields(), o.foundedOn(), o.mailingConsent(), o.status(), o.appliedOn(),
                o.hearingCollaboration(), o.hearingSeeds(), o.hearingIssues(), o.registrationNumber(),
                o.registeredOn(), o.expiresOn(), o.isRenewalDue(clock.today()), o.refusalReason(), o.createdAt(),
                o.createdBy(), o.updatedAt(), o.updatedBy());
    }

    @Inject
    jp.kyodonet.attachment.boundary.RecordFiles files;
}
