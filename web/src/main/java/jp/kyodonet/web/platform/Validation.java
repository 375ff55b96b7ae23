package jp.kyodonet.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jp.kyodonet.platform.error.DomainException;


import java.util.Set;

/** Validates a command record before it reaches a boundary, so a 400 names the API field. */
@ApplicationScoped
public class Validation {

    @Inject
    Validator validator;

    public <T> T valid(T command) {
        Set<ConstraintViolation<T>> violations = validator.validate(command);
        if (!violations.isEmpty()) {
            throw DomainException.invalidInput(Violations.toFieldErrors(violations));
        }
        return command;
    }

    /** Finishes reading a JSON body into {@code command}: one 400 names every bad field, type and rule alike. */
    public <T> T valid(JsonFields fields, Set<String> knownFields, T command) {
        fields.done(knownFields, Violations.toFieldErrors(validator.validate(command)));
        return command;
    }
}
