package jp.kyodonet.consultation.boundary;

import java.util.Arrays;
import java.util.Optional;

/**
 * The orders of the consultation list, by a column and a direction, as the API names them ({@code -receivedOn}:
 * newest first, the default). A consultation without a next action date comes last in either direction of that
 * column; ties keep the newest first.
 */
public enum ConsultationSort {
    NEWEST("-receivedOn"), OLDEST("receivedOn"),
    ASSIGNEE("assignee"), ASSIGNEE_DESC("-assignee"),
    NEXT_ACTION("nextActionOn"), NEXT_ACTION_DESC("-nextActionOn");

    private final String name;

    ConsultationSort(String name) {
        this.name = name;
    }

    /** The name in the API ({@code sort=-receivedOn}). */
    public String apiName() {
        return name;
    }

    public static Optional<ConsultationSort> ofApiName(String name) {
        return Arrays.stream(values()).filter(s -> s.name.equals(name)).findFirst();
    }
}
