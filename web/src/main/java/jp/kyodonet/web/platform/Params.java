package jp.kyodonet.web.platform;

import jp.kyodonet.platform.error.DomainException;
import jp.kyodonet.platform.error.FieldError;
import jp.kyodonet.platform.error.Message;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads query and path parameters, collecting what is wrong with each named parameter. */
public final class Params {

    private final List<FieldError> errors = new ArrayList<>();

    public <E extends Enum<E>> E choice(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            errors.add(new FieldError(name, new Message("「" + value + "」は選べません。選択肢: " + allowed,
                    "unknown value '" + value + "'; allowed: " + allowed)));
            return null;
        }
    }

    public Integer integer(String name, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError(name, new Message(min + "〜" + max + "の整数で指定してください",
                "must be a whole number from " + min + " to " + max)));
        return null;
    }

    /** A day, YYYY-MM-DD; blank is absent. */
    public java.time.LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            errors.add(new FieldError(name, new Message("日付は YYYY-MM-DD 形式で指定してください", "must be YYYY-MM-DD")));
            return null;
        }
    }

    /** true or false; absent is false. */
    public boolean flag(String name, String value) {
        if (value == null || value.isBlank() || "false".equals(value)) {
            return false;
        }
        if ("true".equals(value)) {
            return true;
        }
        errors.add(new FieldError(name, new Message("true か false で指定してください", "must be true or false")));
        return false;
    }

    /** Free text of at most {@code max} characters; blank is absent. */
    public String text(String name, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.codePointCount(0, value.length()) > max) {
            errors.add(new FieldError(name, new Message(max + "文字以内で指定してください", "must be at most " + max + " characters")));
            return null;
        }
        return value.strip();
    }

    /** Notes a required parameter that is absent (or was already found bad). */
    public void required(String name, Object value) {
        if (value == null && errors.stream().noneMatch(e -> e.field().equals(name))) {
            errors.add(new FieldError(name, new Message("必須のパラメータです", "is required")));
        }
    }

    /** Notes a parameter found bad by its caller. */
    public void invalid(String name, Message message) {
        errors.add(new FieldError(name, message));
    }

    /** An optional record id given as a query parameter: not a UUID is a bad request naming the parameter. */
    public UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            UUID id = UUID.fromString(value);
            if (id.toString().equalsIgnoreCase(value)) {
                return id;
            }
        } catch (IllegalArgumentException e) {
            // falls through to the field error
        }
        errors.add(new FieldError(name, new Message("記録の番号の形式ではありません", "is not a record id")));
        return null;
    }

    /** Throws a 400 naming every bad parameter. */
    public void done() {
        if (!errors.isEmpty()) {
            throw DomainException.invalidInput(errors);
        }
    }

    /** A record id from the path; anything that is not a UUID names no record, so it is "not found". */
    public static UUID id(String value, String recordJa, String recordEn) {
        try {
            UUID id = UUID.fromString(value);
            if (id.toString().equalsIgnoreCase(value)) {
                return id;
            }
        } catch (IllegalArgumentException e) {
            // falls through to not found
        }
        throw DomainException.notFound(recordJa, recordEn);
    }

    /**
     * The version a change is based on: from {@code If-Match} ("3" or W/"3") or from the body's
     * {@code version}. A change without one is refused with 428, as it could overwrite unseen work.
     */
    public static long version(String ifMatch, Long bodyVersion) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            String tag = ifMatch.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            tag = tag.replace("\"", "");
            try {
                long version = Long.parseLong(tag);
                if (bodyVersion != null && bodyVersion != version) {
                    throw DomainException.invalidInput(List.of(new FieldError("version", new Message(
                            "If-Match と version が一致しません", "If-Match and version disagree"))));
                }
                return version;
            } catch (NumberFormatException e) {
                throw DomainException.invalidInput(List.of(new FieldError("If-Match", new Message(
                        "If-Match には取得時の ETag を指定してください", "If-Match must be the ETag you read"))));
            }
        }
        if (bodyVersion != null) {
            return bodyVersion;
        }
        throw DomainException.versionRequired();
    }
}
