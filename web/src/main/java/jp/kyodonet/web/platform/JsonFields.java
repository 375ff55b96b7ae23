package jp.kyodonet.web.platform;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jp.kyodonet.platform.error.DomainException;
import jp.kyodonet.platform.error.FieldError;
import jp.kyodonet.platform.error.Message;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the fields of a JSON request body by name, collecting every type problem (not a string, not a
 * date, an unknown choice, an unknown field) with the field's name, so one 400 answer lists them all.
 * Required-ness and lengths are left to Bean Validation on the command records.
 */
public final class JsonFields {

    private final JsonObject json;
    private final List<FieldError> errors = new ArrayList<>();

    private JsonFields(JsonObject json) {
        this.json = json;
    }

    /** Starts reading a body; a missing body is refused. */
    public static JsonFields of(JsonObject body) {
        if (body == null) {
            throw DomainException.invalidInput(List.of(new FieldError("body",
                    new Message("リクエスト本文（JSON オブジェクト）が必要です", "A JSON object body is required"))));
        }
        return new JsonFields(body);
    }

    public String text(String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        errors.add(new FieldError(field, new Message("文字列で指定してください", "must be a string")));
        return null;
    }

    public LocalDate date(String field) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, new Message(
                    "日付は YYYY-MM-DD 形式で指定してください（" + text + "）", "must be a date YYYY-MM-DD (got " + text + ")")));
            return null;
        }
    }

    public <E extends Enum<E>> E choice(String field, Class<E> type) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            errors.add(new FieldError(field, new Message(
                    "「" + text + "」は選べません。選択肢: " + allowed, "unknown value '" + text + "'; allowed: " + allowed)));
            return null;
        }
    }

    /** A JSON array of choices, as a set; null when absent. */
    public <E extends Enum<E>> Set<E> choices(String field, Class<E> type) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            errors.add(new FieldError(field, new Message("配列で指定してください", "must be an array")));
            return null;
        }
        Set<E> chosen = java.util.EnumSet.noneOf(type);
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        for (JsonValue item : value.asJsonArray()) {
            try {
                chosen.add(Enum.valueOf(type, ((JsonString) item).getString()));
            } catch (ClassCastException | IllegalArgumentException e) {
                errors.add(new FieldError(field, new Message("「" + item + "」は選べません。選択肢: " + allowed,
                        "unknown value " + item + "; allowed: " + allowed)));
                return null;
            }
        }
        return chosen;
    }

    /** A JSON array of choices in order, null items kept (a not-yet-answered position); null when absent. */
    public <E extends Enum<E>> List<E> choiceList(String field, Class<E> type) {
        JsonArray array = array(field);
        if (array == null) {
            return null;
        }
        List<E> chosen = new ArrayList<>();
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        for (JsonValue item : array) {
            if (item.getValueType() == JsonValue.ValueType.NULL) {
                chosen.add(null);
                continue;
            }
            try {
                chosen.add(Enum.valueOf(type, ((JsonString) item).getString()));
            } catch (ClassCastException | IllegalArgumentException e) {
                errors.add(new FieldError(field, new Message("「" + item + "」は選べません。選択肢: " + allowed + "、または null",
                        "unknown value " + item + "; allowed: " + allowed + " or null")));
                return null;
            }
        }
        return chosen;
    }

    /** A JSON array of strings in order (null items read as empty); null when absent. */
    public List<String> texts(String field) {
        JsonArray array = array(field);
        if (array == null) {
            return null;
        }
        List<String> texts = new ArrayList<>();
        for (JsonValue item : array) {
            if (item.getValueType() == JsonValue.ValueType.NULL) {
                texts.add("");
            } else if (item instanceof JsonString string) {
                texts.add(string.getString());
            } else {
                errors.add(new FieldError(field, new Message("文字列の配列で指定してください", "must be an array of strings")));
                return null;
            }
        }
        return texts;
    }

    private JsonArray array(String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            errors.add(new FieldError(field, new Message("配列で指定してください", "must be an array")));
            return null;
        }
        return value.asJsonArray();
    }

    /** A time of day HH:mm; null when absent. */
    public java.time.LocalTime time(String field) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        try {
            return java.time.LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, new Message("時刻は HH:mm 形式で指定してください（" + text + "）",
                    "must be a time HH:mm (got " + text + ")")));
            return null;
        }
    }

    /** A record id (UUID); null when absent. */
    public java.util.UUID id(String field) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        try {
            return java.util.UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, new Message("ID の形式が正しくありません", "is not an id")));
            return null;
        }
    }

    /** A JSON array of record ids; null when absent. */
    public List<java.util.UUID> ids(String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            errors.add(new FieldError(field, new Message("配列で指定してください", "must be an array")));
            return null;
        }
        List<java.util.UUID> ids = new ArrayList<>();
        for (JsonValue item : value.asJsonArray()) {
            try {
                ids.add(java.util.UUID.fromString(((JsonString) item).getString()));
            } catch (ClassCastException | IllegalArgumentException e) {
                errors.add(new FieldError(field, new Message("ID の形式が正しくありません", "holds something that is not an id")));
                return null;
            }
        }
        return ids;
    }

    /** true or false; null when absent. */
    public Boolean truth(String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() == JsonValue.ValueType.TRUE || value.getValueType() == JsonValue.ValueType.FALSE) {
            return value.getValueType() == JsonValue.ValueType.TRUE;
        }
        errors.add(new FieldError(field, new Message("true か false で指定してください", "must be true or false")));
        return null;
    }

    public Long whole(String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            return number.longValue();
        }
        errors.add(new FieldError(field, new Message("整数で指定してください", "must be a whole number")));
        return null;
    }

    /** Ends reading: unknown fields are refused too; throws a 400 listing every problem found. */
    public void done(Set<String> knownFields) {
        done(knownFields, List.of());
    }

    /**
     * Ends reading with the problems found by validating the command built from these fields: one 400
     * lists type problems and validation problems together (a field with a type problem is named once).
     */
    public void done(Set<String> knownFields, List<FieldError> validationErrors) {
        json.keySet().stream()
                .filter(name -> !knownFields.contains(name))
                .sorted()
                .forEach(name -> errors.add(new FieldError(name, new Message("不明な項目です", "unknown field"))));
        Set<String> named = errors.stream().map(FieldError::field).collect(Collectors.toSet());
        validationErrors.stream().filter(e -> !named.contains(e.field())).forEach(errors::add);
        if (!errors.isEmpty()) {
            throw DomainException.invalidInput(errors);
        }
    }
}
