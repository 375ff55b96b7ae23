package jp.kyodonet.outreach.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jp.kyodonet.outreach.entity.FigureKind;
import jp.kyodonet.outreach.entity.ReportedFigure;
import jp.kyodonet.platform.error.DomainException;
import jp.kyodonet.platform.error.FieldError;
import jp.kyodonet.platform.error.Message;
import jp.kyodonet.platform.security.CurrentUser;
import jp.kyodonet.platform.security.Roles;
import jp.kyodonet.platform.time.BusinessClock;
import jp.kyodonet.platform.time.FiscalYear;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures a centre reports month by month (TENANT scope: the centre's own; no personal data). The
 * centre's people read and report them; a month that has a figure is changed at its version.
 */
@Stateless
@DeclareRoles({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
@RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
public class ReportedFigures {

    /** The largest figure accepted (a city's mail magazine has thousands of readers, not billions). */
    static final long MAX = 100_000_000L;

    /** A reported figure as the centre sees it ({@code month}: YYYY-MM). */
    public record FigureView(FigureKind kind, String labelJa, String labelEn, String month, long value, String note,
                             String enteredBy, Instant enteredAt, long version) {
    }

    @PersistenceContext(unitName = "kyodo")
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    BusinessClock clock;

    /** A kind of figure that can be reported, with its label. */
    public record KindView(FigureKind value, String ja, String en) {
    }

    /** The kinds that can be reported, and the centre's figures of a fiscal year and of the year before. */
    public record Figures(int fiscalYear, List<KindView> kinds, List<FigureView> figures) {
    }

    /** The centre's figures of a fiscal year and of the year before (its last figure is the year's base). */
    public Figures figures(int fiscalYear) {
        FiscalYear year = new FiscalYear(fiscalYear);
        List<FigureView> figures = em.createQuery("SELECT f FROM ReportedFigure f WHERE f.month BETWEEN :from AND :to"
                        + " ORDER BY f.kind, f.month", ReportedFigure.class)
                .setParameter("from", year.firstDay().minusYears(1)).setParameter("to", year.lastDay()).getResultList()
                .stream().map(ReportedFigures::view).toList();
        List<KindView> kinds = java.util.Arrays.stream(FigureKind.values())
                .map(k -> new KindView(k, k.label().ja(), k.label().en())).toList();
        return new Figures(fiscalYear, kinds, figures);
    }

    /**
     * Reports a month's figure (creates it, or changes it at {@code version}): a month that has come, a whole
     * number from 0 to 100,000,000.
     */
    public FigureView report(@NotNull FigureKind kind, @NotNull YearMonth month, Long value, String note, Long version) {
        List<FieldError> errors = new ArrayList<>();
        if (month.isAfter(YearMonth.from(clock.today()))) {
            errors.add(new FieldError("month", new Message("まだ来ていない月の数値は入力できません（" + month + "）",
                    "a month that has not come yet cannot be reported (" + month + ")")));
        }
        if (value == null || value < 0 || value > MAX) {
            errors.add(new FieldError("value", new Message("数値は0以上100,000,000以下の整数で入力してください",
                    "the figure must be a whole number from 0 to 100,000,000")));
        }
        if (note != null && note.length() > 200) {
            errors.add(new FieldError("note", new Message("備考は200文字以内で入力してください",
                    "the note must be 200 characters at most")));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalidInput(errors);
        }
        List<ReportedFigure> found = em.createQuery("SELECT f FROM ReportedFigure f WHERE f.kind = :kind AND f.month = :month",
                        ReportedFigure.class)
                .setParameter("kind", kind).setParameter("month", month.atDay(1)).getResultList();
        ReportedFigure figure;
        if (found.isEmpty()) {
            figure = new ReportedFigure(kind, month, value, note, user.signature(), clock.now());
            em.persist(figure);
        } else {
            figure = found.get(0);
            if (version == null) {
                throw DomainException.versionRequired();
            }
            if (!figure.isAtVersion(version)) {
                throw DomainException.staleVersion();
            }
            figure.set(value, note, user.signature(), clock.now());
        }
        em.flush();
        return view(figure);
    }

    private static FigureView view(ReportedFigure f) {
        return new FigureView(f.kind(), f.kind().label().ja(), f.kind().label().en(), f.month().toString(), f.value(), f.note(),
                f.enteredBy(), f.enteredAt(), f.version());
    }
}
