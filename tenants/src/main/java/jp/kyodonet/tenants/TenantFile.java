package jp.kyodonet.tenants;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;

/** Reads and validates one tenant catalogue file; every error names the file and the field. */
final class TenantFile {

    private final String fileName;
    private final JsonObject json;

    private TenantFile(String fileName, JsonObject json) {
        this.fileName = fileName;
        this.json = json;
    }

    static Tenant parse(String fileName, String content) {
        JsonObject object;
        try (JsonReader reader = Json.createReader(new StringReader(content))) {
            object = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new TenantCatalogueException(fileName + ": not a JSON object (" + e.getMessage() + ")", e);
        }
        return new TenantFile(fileName, object).toTenant();
    }

    private Tenant toTenant() {
        String id = text(json, "id", true);
        if (!TenantId.isWellFormed(id)) {
            throw error("id", "must be lower-case letters, digits and '-' (2-31 characters), got '" + id + "'");
        }
        String expected = id + ".json";
        if (!fileName.equals(expected)) {
            throw error("id", "'" + id + "' does not match the file name (expected " + expected + ")");
        }
        JsonObject displayName = object("displayName");
        return new Tenant(
                new TenantId(id),
                text(json, "officialName", true),
                text(displayName, "displayName.ja", "ja", true),
                text(displayName, "displayName.en", "en", true),
                enumValue("kind", TenantKind.class),
                text(json, "area", true),
                enumValue("operatingModel", OperatingModel.class),
                text(json, "operator", false),
                bool("active"),
                integer("order"),
                text(json, "source", false),
                city(),
                requirements());
    }

    /** The centre's registration requirements; absent: the defaults. Codes unique and well formed, texts given. */
    private java.util.List<RegistrationRequirement> requirements() {
        JsonValue value = json.get("registrationRequirements");
        if (value == null) {
            return RegistrationRequirement.DEFAULTS;
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY || value.asJsonArray().isEmpty()) {
            throw error("registrationRequirements", "must be a non-empty list of {code, ja, en}");
        }
        java.util.List<RegistrationRequirement> list = new java.util.ArrayList<>();
        java.util.Set<String> codes = new java.util.HashSet<>();
        for (JsonValue item : value.asJsonArray()) {
            if (item.getValueType() != JsonValue.ValueType.OBJECT) {
                throw error("registrationRequirements", "must be a non-empty list of {code, ja, en}");
            }
            JsonObject o = item.asJsonObject();
            String code = text(o, "registrationRequirements.code", "code", true);
            if (!RegistrationRequirement.isWellFormedCode(code) || !codes.add(code)) {
                throw error("registrationRequirements.code", "'" + code + "' must be unique upper-case letters, digits and '_'");
            }
            list.add(new RegistrationRequirement(code, text(o, "registrationRequirements.ja", "ja", true),
                    text(o, "registrationRequirements.en", "en", true)));
        }
        return list;
    }

    /** The city the centre belongs to (a group of centres: HQ's figures and the city totals are per city). */
    private String city() {
        String city = text(json, "city", true);
        if (!TenantId.isWellFormed(city)) {
            throw error("city", "must be lower-case letters, digits and '-' (2-31 characters), got '" + city + "'");
        }
        return city;
    }

    private TenantCatalogueException error(String field, String problem) {
        return new TenantCatalogueException(fileName + ": field '" + field + "' " + problem);
    }

    private String text(JsonObject from, String field, boolean required) {
        return text(from, field, field, required);
    }

    private String text(JsonObject from, String reportedField, String field, boolean required) {
        JsonValue value = from.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                throw error(reportedField, "is missing");
            }
            return null;
        }
        if (!(value instanceof JsonString string)) {
            throw error(reportedField, "must be a string");
        }
        String text = string.getString().strip();
        if (text.isEmpty() && required) {
            throw error(reportedField, "is empty");
        }
        return text;
    }

    private JsonObject object(String field) {
        JsonValue value = json.get(field);
        if (value == null) {
            throw error(field, "is missing");
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw error(field, "must be an object with 'ja' and 'en'");
        }
        return value.asJsonObject();
    }

    private <E extends Enum<E>> E enumValue(String field, Class<E> type) {
        String text = text(json, field, true);
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw error(field, "has unknown value '" + text + "' (allowed: "
                    + java.util.Arrays.toString(type.getEnumConstants()) + ")");
        }
    }

    private boolean bool(String field) {
        JsonValue value = json.get(field);
        if (value == JsonValue.TRUE) {
            return true;
        }
        if (value == JsonValue.FALSE) {
            return false;
        }
        throw error(field, value == null ? "is missing" : "must be true or false");
    }

    private int integer(String field) {
        JsonValue value = json.get(field);
        if (value instanceof JsonNumber number && number.isIntegral()) {
            return number.intValue();
        }
        throw error(field, value == null ? "is missing" : "must be a whole number");
    }
}
