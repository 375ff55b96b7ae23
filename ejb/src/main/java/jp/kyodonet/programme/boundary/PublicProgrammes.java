package jp.kyodonet.programme.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jp.kyodonet.platform.error.DomainException;
import jp.kyodonet.platform.tenancy.LinkTokens;
import jp.kyodonet.platform.tenancy.SystemTasks;
import jp.kyodonet.platform.tenancy.TenantDirectory;
import jp.kyodonet.programme.control.ProgrammeCatalog;
import jp.kyodonet.programme.control.RegistrationDesk;
import jp.kyodonet.tenants.Tenant;
import jp.kyodonet.tenants.TenantId;

import java.util.List;
import java.util.UUID;

/**
 * PUBLIC scope: a programme's page, registration without an account, and the survey behind a
 * registration's link. Each call acts for one centre through {@link SystemTasks#asTenant}; a survey link
 * names its centre before the dot. Nothing here shows another participant.
 */
@Stateless
@PermitAll
public class PublicProgrammes {

    /** What the survey page shows before the answer. */
    public record SurveyPage(String programme, String session, String date) {
    }

    @Inject
    SystemTasks systemTasks;

    @Inject
    ProgrammeCatalog catalog;

    @Inject
    RegistrationDesk desk;

    @Inject
    TenantDirectory tenants;

    @Inject
    jp.kyodonet.platform.time.BusinessClock clock;

    public ProgrammeCatalog.PublicProgramme programme(@NotNull String centre, @NotNull UUID id) {
        return systemTasks.asTenant(tenant(centre), () -> catalog.programme(id));
    }

    public Views.Receipt register(@NotNull String centre, @NotNull UUID programmeId, @NotNull UUID sessionId,
                                  @Valid @NotNull RegistrationForm form) {
        return systemTasks.asTenant(tenant(centre), () -> {
            catalog.requireSessionOf(programmeId, sessionId);
            ProgrammeCatalog.PublicProgramme programme = catalog.programme(programmeId);
            RegistrationDesk.Outcome outcome = desk.register(sessionId, form.name(), form.contact(), form.organisation(),
                    form.participantBaseConsent(), true);
            var session = programme.sessions().stream().filter(s -> s.id().equals(sessionId)).findFirst().orElseThrow();
            return new Views.Receipt(outcome.registration().status(), outcome.waitingPosition(),
                    outcome.registration().token(), programme.name(), session.title(), session.date(),
                    outcome.registration().receiptNo());
        });
    }

    /**
     * A registration as the person's own page shows it (the link in their mails): what they registered for, the
     * receipt number, where they stand, and whether they may still cancel or answer the survey. Their name is not
     * shown (the link may be forwarded).
     */
    public record OwnRegistration(String centre, String programme, String session, java.time.LocalDate date,
                                  java.time.LocalTime start, java.time.LocalTime end, String placeKind,
                                  String placeNote, String receipt, String status, int waitingPosition,
                                  boolean canCancel, boolean surveyOpen) {
    }

    public OwnRegistration registration(@NotNull String token) {
        return systemTasks.asTenant(tenantOfRegistration(token), () -> own(token, desk.own(token)));
    }

    public OwnRegistration cancelRegistration(@NotNull String token) {
        return systemTasks.asTenant(tenantOfRegistration(token), () -> own(token, desk.cancelOwn(token)));
    }

    private OwnRegistration own(String token, RegistrationDesk.Own own) {
        var r = own.registration();
        var s = own.session();
        boolean begun = s.hasBegun(clock.now());
        String centre = LinkTokens.centreOf(token).flatMap(tenants::find).map(Tenant::displayNameJa).orElse("");
        return new OwnRegistration(centre, own.programme().name(), s.title(), s.date(), s.start(), s.end(),
                s.placeKind().name(), s.placeNote(), r.receiptNo(), r.status().name(), own.waitingPosition(),
                !begun && r.status() != jp.kyodonet.programme.entity.RegistrationStatus.CANCELLED,
                begun && r.attended());
    }

    private TenantId tenantOfRegistration(String token) {
        return LinkTokens.centreOf(token).flatMap(tenants::findActive).map(Tenant::id)
                .orElseThrow(() -> DomainException.notFound("申込", "Registration"));
    }

    public SurveyPage survey(@NotNull String token) {
        return systemTasks.asTenant(tenantOfToken(token), () -> {
            List<String> titles = desk.surveyTitles(token);
            return new SurveyPage(titles.get(0), titles.get(1), titles.get(2));
        });
    }

    public void answer(@NotNull String token, @Valid @NotNull SurveyForm form) {
        systemTasks.asTenant(tenantOfToken(token), () -> {
            desk.answer(token, form.satisfaction(), form.understandingImproved(), form.motivationImproved(),
                    form.comment());
            return null;
        });
    }

    private TenantId tenant(String centre) {
        return tenants.findActive(centre).map(Tenant::id).orElseThrow(() -> DomainException.notFound("センター", "Centre"));
    }

    private TenantId tenantOfToken(String token) {
        return LinkTokens.centreOf(token).flatMap(tenants::findActive).map(Tenant::id)
                .orElseThrow(() -> DomainException.notFound("アンケート", "Survey"));
    }
}
