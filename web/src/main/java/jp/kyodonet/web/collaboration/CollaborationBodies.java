package jp.kyodonet.web.collaboration;

import jp.kyodonet.collaboration.boundary.Forms;
import jp.kyodonet.collaboration.entity.ContractType;
import jp.kyodonet.collaboration.entity.Grade;
import jakarta.json.JsonObject;
import jp.kyodonet.web.platform.JsonFields;
import jp.kyodonet.web.platform.Validation;

import java.util.Set;

/** Reading collaboration request bodies into forms (field names as in the README's API table). */
final class CollaborationBodies {

    static final Set<String> CONTRACT_FIELDS = Set.of("type", "partner", "cityParty", "purpose", "roles", "costShare",
            "amount", "periodFrom", "periodTo", "businessAreas", "centreIsPartner");
    static final Set<String> FILL_FIELDS = Set.of("grades", "notes", "roles", "rater", "organisation", "contact");
    static final Set<String> JOINT_FIELDS = Set.of("texts");

    private CollaborationBodies() {
    }

    static Forms.ContractForm contract(JsonFields fields) {
        return new Forms.ContractForm(fields.choice("type", ContractType.class), fields.text("partner"),
                fields.text("cityParty"), fields.text("purpose"), fields.text("roles"), fields.text("costShare"),
                fields.whole("amount"), fields.date("periodFrom"), fields.date("periodTo"), fields.texts("businessAreas"),
                fields.truth("centreIsPartner"));
    }

    /** A side's column of an evaluation sheet, read and validated (the same for the portal and the partner's link). */
    static Forms.EvaluationFill fill(Validation validation, JsonObject body) {
        JsonFields fields = JsonFields.of(body);
        return validation.valid(fields, FILL_FIELDS, new Forms.EvaluationFill(fields.choiceList("grades", Grade.class),
                fields.texts("notes"), fields.texts("roles"), fields.text("rater"), fields.text("organisation"),
                fields.text("contact")));
    }

    /** Part 3 of an evaluation sheet, read and validated. */
    static Forms.JointVerification joint(Validation validation, JsonObject body) {
        JsonFields fields = JsonFields.of(body);
        return validation.valid(fields, JOINT_FIELDS, new Forms.JointVerification(fields.texts("texts")));
    }
}
