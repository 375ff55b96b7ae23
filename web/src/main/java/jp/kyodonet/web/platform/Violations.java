package jp.kyodonet.web.platform;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jp.kyodonet.platform.error.FieldError;
import jp.kyodonet.platform.error.Message;

import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Turns Bean Validation violations into bilingual field errors that name the API field. */
public final class Violations {

    private Violations() {
    }

    public static List<FieldError> toFieldErrors(Collection<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(v -> new FieldError(field(v.getPropertyPath()), message(v)))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
    }

    static String field(Path path) {
        String last = null;
        for (Path.Node node : path) {
            if (node.getName() != null) {
                last = node.getName();
            }
        }
        return last == null ? "body" : last;
    }

    static Message message(ConstraintViolation<?> violation) {
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        if (constraint instanceof NotNull || constraint instanceof NotBlank || constraint instanceof NotEmpty) {
            return new Message("必須項目です", "is required");
        }
        if (constraint instanceof Size) {
            Object max = attributes.get("max");
            return new Message(max + "文字以内で入力してください（" + length(violation.getInvalidValue()) + "文字）",
                    "must be at most " + max + " characters (got " + length(violation.getInvalidValue()) + ")");
        }
        if (constraint instanceof Min) {
            Object value = attributes.get("value");
            return new Message(value + "以上を指定してください", "must be at least " + value);
        }
        if (constraint instanceof Max) {
            Object value = attributes.get("value");
            return new Message(value + "以下を指定してください", "must be at most " + value);
        }
        if (constraint instanceof Pattern) {
            return new Message("形式が正しくありません", "has an invalid format");
        }
        return new Message(violation.getMessage(), violation.getMessage());
    }

    private static int length(Object value) {
        return value instanceof CharSequence text ? text.toString().codePointCount(0, text.length()) : 0;
    }
}
