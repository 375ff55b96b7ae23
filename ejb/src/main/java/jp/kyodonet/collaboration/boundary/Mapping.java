package jp.kyodonet.collaboration.boundary;

import jp.kyodonet.collaboration.entity.CollaborationContract;
import jp.kyodonet.collaboration.entity.CollaborationProject;
import jp.kyodonet.collaboration.entity.EvaluationQuestion;
import jp.kyodonet.collaboration.entity.EvaluationSheet;
import jp.kyodonet.collaboration.entity.EvaluationSheet.Side;
import jp.kyodonet.collaboration.entity.EvaluationStatus;
import jp.kyodonet.collaboration.entity.Grade;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Entities to views, shared by the staff, HQ and public boundaries. */
final class Mapping {

    /**
     * Who reads a sheet: the partner (their link, or the centre's people where the centre is the partner), the 行政
     * side that writes its column, anyone else (a centre, or the division reading a ward's sheet).
     */
    enum Reader { PARTNER, CITY, ANYONE }

    private Mapping() {
    }

    static Views.ProjectSummary project(CollaborationProject p) {
        return new Views.ProjectSummary(p.id(), p.version(), p.ownerTenant().value(), p.ownerKind(), p.ownerName(),
                p.division(), p.name(), p.field(), p.partners(), p.origin(), p.fiscalYears(), p.contractYears());
    }

    static Views.ContractSummary contract(CollaborationContract c) {
        return new Views.ContractSummary(c.id(), c.version(), c.type(), c.partner(), c.amount(), c.periodFrom(),
                c.periodTo(), c.status());
    }

    static Views.EvaluationSummary evaluation(EvaluationSheet e, CollaborationProject project) {
        return new Views.EvaluationSummary(e.id(), e.version(), e.projectId(), project == null ? null : project.name(),
                e.contractId(), e.fiscalYear(), e.status(), e.submittedAt(Side.PARTNER) != null,
                e.submittedAt(Side.CITY) != null, e.divergences().size());
    }

    /**
     * The sheet as {@code reader} sees it: its own column always, the other side's once submitted; anyone
     * sees a published sheet whole and, before that, only submitted columns. {@code withLink}: the partner's link
     * too (for those who keep the project and send it to the partner).
     */
    static Views.EvaluationView sheet(EvaluationSheet e, CollaborationProject project, CollaborationContract contract,
                                      Reader reader, boolean withLink) {
        boolean published = e.status() == EvaluationStatus.PUBLISHED;
        boolean showPartner = published || reader == Reader.PARTNER || e.submittedAt(Side.PARTNER) != null;
        boolean showCity = published || reader == Reader.CITY || e.submittedAt(Side.CITY) != null;
        List<Grade> partner = e.grades(Side.PARTNER);
        List<Grade> city = e.grades(Side.CITY);
        List<Integer> divergent = showPartner && showCity ? e.divergences() : List.of();
        List<Views.QuestionRow> questions = new ArrayList<>();
        for (EvaluationQuestion q : EvaluationQuestion.ALL) {
            questions.add(new Views.QuestionRow(q.index(), q.stage(), q.number(), q.text().ja(), q.text().en(),
                    showPartner ? partner.get(q.index()) : null, showCity ? city.get(q.index()) : null,
                    divergent.contains(q.index())));
        }
        List<String> areas = e.businessAreas();
        List<String> partnerNotes = e.notes(Side.PARTNER);
        List<String> cityNotes = e.notes(Side.CITY);
        List<String> partnerRoles = e.roles(Side.PARTNER);
        List<String> cityRoles = e.roles(Side.CITY);
        List<String> joint = e.joint();
        List<Views.AreaRow> rows = new ArrayList<>();
        for (int i = 0; i < areas.size(); i++) {
            rows.add(new Views.AreaRow(areas.get(i), showPartner ? emptyToNull(partnerNotes.get(i)) : null,
                    showCity ? emptyToNull(cityNotes.get(i)) : null,
                    showPartner ? emptyToNull(partnerRoles.get(i)) : null, showCity ? emptyToNull(cityRoles.get(i)) : null,
                    emptyToNull(joint.get(i))));
        }
        Instant later = e.submittedAt(Side.PARTNER) == null || e.submittedAt(Side.CITY) == null ? null
                : java.util.Collections.max(List.of(e.submittedAt(Side.PARTNER), e.submittedAt(Side.CITY)));
        return new Views.EvaluationView(e.id(), e.version(), e.projectId(), project.name(), project.ownerName(),
                e.contractId(), contract.type(), contract.partner(), contract.cityParty(), contract.purpose(),
                contract.periodFrom(), contract.periodTo(), e.fiscalYear(), e.status(),
                questions, rows, showPartner ? writer(e, Side.PARTNER) : null, showCity ? writer(e, Side.CITY) : null,
                e.submittedAt(Side.PARTNER), e.submittedAt(Side.CITY),
                later == null ? null : later.atZone(jp.kyodonet.platform.time.BusinessClock.JAPAN).toLocalDate(), e.publishedAt(),
                divergent.size(), withLink ? e.partnerToken() : null, reader == Reader.CITY,
                reader == Reader.PARTNER,
                (reader == Reader.PARTNER || reader == Reader.CITY) && e.status() == EvaluationStatus.COMPLETED,
                e.jointBy(), e.jointAt());
    }

    private static Views.Writer writer(EvaluationSheet e, Side side) {
        EvaluationSheet.Writer w = e.writer(side);
        return new Views.Writer(w.organisation(), w.responsible(), w.contact());
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
