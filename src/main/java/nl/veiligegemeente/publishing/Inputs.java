package nl.veiligegemeente.publishing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.eclipse.microprofile.graphql.Name;

import nl.veiligegemeente.schema.ApiException;

/**
 * The rules shared by the mutation inputs, and their check: every text of an input is judged by
 * {@link InputText} and stored as it decides, and every refused text and every Bean Validation
 * violation becomes one {@link nl.veiligegemeente.schema.ErrorCode#VALIDATION} error that names each field.
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

    /**
     * Checks the caller's token, then returns the input with its texts as they are stored, or throws
     * one VALIDATION error listing every rule the input breaks.
     */
    public <T extends Record> T check(T input) {
        caller.principal();
        var problems = new TreeMap<String, String>();
        var accepted = withAcceptedTexts(input, problems);
        for (var violation : validator.validate(accepted)) {
            problems.merge(field(violation), violation.getMessage(), (first, second) -> first);
        }
        if (!problems.isEmpty()) {
            throw ApiException.validation("The input is not acceptable: " + problems.entrySet().stream()
                    .map(problem -> "'" + problem.getKey() + "' " + problem.getValue())
                    .collect(Collectors.joining("; ")) + ".");
        }
        return accepted;
    }

    /** A copy of the input whose texts (and texts in lists) are as {@link InputText} stores them; refusals go to {@code problems}. */
    @SuppressWarnings("unchecked")
    private static <T extends Record> T withAcceptedTexts(T input, TreeMap<String, String> problems) {
        var components = input.getClass().getRecordComponents();
        var values = new Object[components.length];
        try {
            for (var i = 0; i < components.length; i++) {
                var field = graphQLName(input.getClass(), components[i]);
                var value = components[i].getAccessor().invoke(input);
                if (value instanceof String text) {
                    values[i] = accepted(field, text, problems);
                } else if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
                    var texts = new ArrayList<String>();
                    for (var j = 0; j < list.size(); j++) {
                        texts.add(accepted(field + "[" + j + "]", (String) list.get(j), problems));
                    }
                    values[i] = texts;
                } else {
                    values[i] = value;
                }
            }
            var types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            return (T) input.getClass().getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot copy the input " + input.getClass().getSimpleName(),
                    e instanceof InvocationTargetException target ? target.getCause() : e);
        }
    }

    private static String accepted(String field, String text, TreeMap<String, String> problems) {
        var verdict = InputText.judge(text);
        if (!verdict.acceptable()) {
            problems.put(field, verdict.refusal());
            return text;
        }
        return verdict.text();
    }

    private static String graphQLName(Class<?> type, RecordComponent component) throws NoSuchFieldException {
        var name = type.getDeclaredField(component.getName()).getAnnotation(Name.class);
        return name == null ? component.getName() : name.value();
    }

    private static String field(ConstraintViolation<?> violation) {
        return violation.getPropertyPath().toString().replace(".<list element>", "");
    }
}
