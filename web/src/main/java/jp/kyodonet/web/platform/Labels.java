package jp.kyodonet.web.platform;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jp.kyodonet.platform.error.Message;

import java.util.function.Function;

/** Choices with their labels for forms and lists: [{value, ja, en}, ...]. */
public final class Labels {

    private Labels() {
    }

    public static JsonArrayBuilder of(Enum<?>[] values, Function<Enum<?>, Message> labels) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (Enum<?> value : values) {
            Message label = labels.apply(value);
            list.add(Json.createObjectBuilder().add("value", value.name()).add("ja", label.ja()).add("en", label.en()));
        }
        return list;
    }
}
