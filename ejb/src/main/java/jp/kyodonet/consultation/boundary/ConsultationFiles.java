package jp.kyodonet.consultation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.validation.constraints.NotNull;
import jp.kyodonet.consultation.control.ConsultationRepository;
import jp.kyodonet.platform.csv.Csv;
import jp.kyodonet.consultation.control.KintoneImport;
import jp.kyodonet.consultation.entity.Consultation;
import jp.kyodonet.consultation.entity.ConsultationStep;
import jp.kyodonet.consultation.entity.Topic;
import jp.kyodonet.consultation.entity.Vocabulary;
import jp.kyodonet.platform.audit.AuditEntry;
import jp.kyodonet.platform.audit.AuditLog;
import jp.kyodonet.platform.error.DomainException;
import jp.kyodonet.platform.error.Message;
import jp.kyodonet.platform.security.CurrentUser;
import jp.kyodonet.platform.security.Roles;
import jp.kyodonet.platform.time.BusinessClock;
import jp.kyodonet.platform.time.FiscalYear;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Consultations in and out of files: the fiscal-year export without personal data (Excel-friendly CSV,
 * UTF-8 with BOM) and the import of a kintone-style export, all rows or none.
 */
@Stateless
@RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
public class ConsultationFiles {

    /** The export's columns: no requester name or contact. */
    static final List<String> EXPORT_HEADER = List.of("受付日", "年度", "経路", "相談者の種別", "区分", "団体の段階", "分野",
            "概要", "状態", "担当者", "次の対応日", "初回対応", "結果", "終了日", "他センターからの紹介");

    private static final DateTimeFormatter JAPAN_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Tokyo"));

    /** What an import did. */
    public record ImportReport(int imported, int alreadyImported, List<String> ignoredColumns) {
    }

    @Inject
    ConsultationRepository consultations;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @Inject
    BusinessClock clock;

    /** The centre's consultations received in a fiscal year, oldest first, as CSV text starting with a BOM. */
    public String export(@NotNull FiscalYear year) {
        StringBuilder csv = new StringBuilder("\uFEFF").append(Csv.line(EXPORT_HEADER));
        for (Consultation c : consultations.ofFiscalYear(year)) {
            csv.append(Csv.line(List.of(
                    c.receivedOn().toString(), year.startYear() + "年度", ja(c.channel()), ja(c.requesterKind()),
                    ja(c.track()), c.stage() == null ? "" : ja(c.stage()),
                    c.topics().stream().sorted().map(ConsultationFiles::ja)
                            .collect(Collectors.joining("、")),
                    c.summary(), ja(c.status()), text(c.assigneeName()), date(c.nextActionOn()),
                    c.firstResponseAt() == null ? "" : JAPAN_TIME.format(c.firstResponseAt()),
                    c.outcome() == null ? "" : ja(c.outcome()), date(c.closedOn()), c.referralId() == null ? "" : "あり")));
        }
        return csv.toString();
    }

    /**
     * Imports a kintone-style export. Every row is checked first; one bad row refuses the whole file with
     * every problem named by line, and nothing is written. A row imported before (same content) is
     * skipped, so importing the same file twice adds nothing.
     */
    @RolesAllowed({Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
    public ImportReport importKintone(@NotNull String text) {
        LocalDate today = clock.today();
        KintoneImport.Result read = KintoneImport.read(text, today);
        if (!read.errors().isEmpty()) {
            throw DomainException.invalidInput(read.errors());
        }
        String by = user.signature();
        int imported = 0;
        int skipped = 0;
        List<Consultation> added = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (KintoneImport.Row row : read.rows()) {
            if (!seen.add(row.key()) || consultations.findBySubmissionKey(row.key()).isPresent()) {
                skipped++;
                continue;
            }
            Consultation consultation = Consultation.receive(row.intake(), row.key(), today, clock.now(), by);
            consultations.add(consultation);
            consultations.add(new ConsultationStep(consultation.id(), ConsultationStep.Kind.RECEIVED,
                    "kintone から取り込み（" + row.line() + "行目）", clock.now(), by));
            if (row.assignee() != null) {
                consultation.assign(row.assignee(), row.assignee(), clock.now(), by);
                consultations.add(new ConsultationStep(consultation.id(), ConsultationStep.Kind.ASSIGNED,
                        row.assignee(), clock.now(), by));
            }
            if (row.outcome() != null) {
                consultation.close(row.outcome(), row.closedOn(), null, today, clock.now(), by);
                consultations.add(new ConsultationStep(consultation.id(), ConsultationStep.Kind.CLOSED,
                        ja(row.outcome()), clock.now(), by));
            }
            added.add(consultation);
            imported++;
        }
        try {
            consultations.flush();
        } catch (PersistenceException clash) {
            throw DomainException.conflict(new Message("同じファイルの取り込みが同時に行われています。結果を確認してください。",
                    "The same file is being imported at the same time; check the list."));
        }
        added.forEach(c -> audit.record(AuditEntry.Action.CREATE, ConsultationService.RECORD_TYPE, c.id()));
        return new ImportReport(imported, skipped, read.ignoredColumns());
    }

    private static String ja(Enum<?> choice) {
        return Vocabulary.label(choice).ja();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
