package jp.kyodonet.collaboration.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jp.kyodonet.collaboration.entity.CollaborationContract;
import jp.kyodonet.collaboration.entity.CollaborationProject;
import jp.kyodonet.collaboration.entity.ContractType;
import jp.kyodonet.collaboration.entity.EvaluationSheet;
import jp.kyodonet.collaboration.entity.Grade;
import jp.kyodonet.platform.tenancy.LinkTokens;
import jp.kyodonet.platform.time.BusinessClock;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The FY2022 mutual evaluation sheet of the city centre's operation (seed 004) as demo data: its contract for
 * 令和4年度 (the centre is the 団体等 side), both columns as the document has them (part 1's 記入者, the 17 grades,
 * the 別紙 roles per business item), submitted on the sheet's 記入日, part 3 written together, and published.
 */
@Stateless
public class EvaluationDemoData {

    static final String FILE = "/jp/kyodonet/collaboration/demo/evaluation-r4.json";

    @Inject
    CollaborationRepository catalogue;

    @Inject
    BusinessClock clock;

    /** Adds the sheet to {@code project} unless its year has a contract already. */
    public void load(CollaborationProject project, String partner, String cityParty, String by) {
        JsonObject doc = document();
        int year = doc.getInt("fiscalYear");
        LocalDate from = LocalDate.parse(doc.getString("periodFrom"));
        LocalDate to = LocalDate.parse(doc.getString("periodTo"));
        boolean there = catalogue.contractsOf(CollaborationRepository.Scope.of(project.ownerTenant()), project.id()).stream()
                .anyMatch(c -> !c.periodFrom().isAfter(to) && !c.periodTo().isBefore(from));
        if (there) {
            return;
        }
        List<String> areas = new ArrayList<>();
        List<String> partnerRoles = new ArrayList<>();
        List<String> cityRoles = new ArrayList<>();
        List<String> joint = new ArrayList<>();
        for (JsonObject a : doc.getJsonArray("areas").getValuesAs(JsonObject.class)) {
            areas.add(a.getString("area"));
            partnerRoles.add(a.getString("partnerRoles"));
            cityRoles.add(a.getString("cityRoles"));
            joint.add(a.getString("joint"));
        }
        Instant now = clock.now();
        CollaborationContract contract = new CollaborationContract(project.ownerTenant(), project.id(),
                new CollaborationContract.Terms(ContractType.COMMISSION, partner, cityParty, doc.getString("purpose"),
                        "別紙（役割及び責任分担等）のとおり", doc.getString("costShare"), 0L, from, to, areas), now, by);
        contract.centreIsPartner(true);
        contract.sign(from, now, by);
        contract.start(now, by);
        contract.end(to, now, by);
        catalogue.add(contract);
        project.ranIn(year, true, now, by);

        Instant written = LocalDate.parse(doc.getString("writtenOn")).atTime(10, 0).atZone(BusinessClock.JAPAN).toInstant();
        EvaluationSheet sheet = new EvaluationSheet(contract, year, LinkTokens.issue(project.ownerTenant()), written);
        List<String> noNotes = areas.stream().map(a -> "").toList();
        sheet.fill(EvaluationSheet.Side.PARTNER, grades(doc.getJsonObject("partner").getString("grades")), noNotes,
                partnerRoles, writer(doc.getJsonObject("partner")), written);
        sheet.fill(EvaluationSheet.Side.CITY, grades(doc.getJsonObject("city").getString("grades")), noNotes, cityRoles,
                writer(doc.getJsonObject("city")), written);
        sheet.submit(EvaluationSheet.Side.PARTNER, written);
        sheet.submit(EvaluationSheet.Side.CITY, written);
        sheet.writeJoint(joint, doc.getJsonObject("partner").getString("organisation") + "・"
                + doc.getJsonObject("city").getString("organisation"), written);
        sheet.publish(written);
        contract.evaluated(year, now, by);
        catalogue.add(sheet);
    }

    private static EvaluationSheet.Writer writer(JsonObject side) {
        return new EvaluationSheet.Writer(side.getString("organisation"), side.getString("responsible"),
                side.getString("contact"));
    }

    private static List<Grade> grades(String letters) {
        return letters.chars().mapToObj(c -> Grade.valueOf(String.valueOf((char) c))).toList();
    }

    static JsonObject document() {
        try (InputStream in = EvaluationDemoData.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is not in the application");
            }
            try (JsonReader reader = Json.createReader(in)) {
                return reader.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
