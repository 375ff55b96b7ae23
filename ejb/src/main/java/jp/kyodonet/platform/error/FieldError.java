package jp.kyodonet.platform.error;

/** What is wrong with one input field (the field as the API names it). */
public record FieldError(String field, Message message) {
}
