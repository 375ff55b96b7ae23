package jp.kyodonet.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

import java.util.Set;

/** Validates a command record before it reaches a boundary, so a 400 names the API field. */
@ApplicationScoped
public class Validation {

    @Inject
    Validator validator;

    /** Finishes reading a JSON body into {@code command}: one 400 names every bad field, type and rule alike. */
    public <T> T valid(JsonFields fields, Set<String> knownFields, T command) {
        fields.done(knownFields, Violations.toFieldErrors(validator.validate(command)));
        return command;
    }
}
