package nl.veiligegemeente.publishing;

import java.util.Comparator;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import nl.veiligegemeente.api.ApiException;

/**
 * The rules shared by the mutation inputs, and their check: every Bean Validation violation of an
 * input becomes one {@link nl.veiligegemeente.api.ErrorCode#VALIDATION} error that names each field.
 * Only a caller with a valid token learns what is wrong with an input: the token is checked first.
 */
@ApplicationScoped
public class Inputs {

    public static final String MUNICIPALITY_CODE = "GM\\d{4}";
    public static final String MUNICIPALITY_CODE_MESSAGE =
            "must be a CBS municipality code: GM and four digits, such as GM0935";
    public static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";
    public static final String SLUG_MESSAGE =
            "must be an id of lower-case letters and digits joined by single hyphens, such as aanpak-criminele-families";
    public static final String NOT_BLANK = "(?s).*\\S.*";
    public static final String NOT_BLANK_MESSAGE = "must not be blank when given";
    public static final String WEB_ADDRESS = "https?://[^\\s/$.?#][^\\s]*";
    public static final String WEB_ADDRESS_MESSAGE = "must be a web address starting with http:// or https://";
    /** A role names a function, never a person: no e-mail addresses or phone numbers. */
    public static final String ROLE = "[^@0-9]*";
    public static final String ROLE_MESSAGE =
            "must name a role, such as 'coördinator ondermijning', without e-mail addresses or phone numbers";

    private final Validator validator;
    private final Caller caller;

    Inputs(Validator validator, Caller caller) {
        this.validator = validator;
        this.caller = caller;
    }

    /** Checks the caller's token, then throws one VALIDATION error listing every rule the input breaks. */
    public <T> T check(T input) {
        caller.principal();
        var violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw ApiException.validation("The input is not acceptable: " + violations.stream()
                    .sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
                    .map(Inputs::describe)
                    .collect(Collectors.joining("; ")) + ".");
        }
        return input;
    }

    private static String describe(ConstraintViolation<?> violation) {
        var field = violation.getPropertyPath().toString().replace(".<list element>", "");
        return "'" + field + "' " + violation.getMessage();
    }
}
