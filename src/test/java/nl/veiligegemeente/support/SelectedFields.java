package nl.veiligegemeente.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import graphql.execution.RawVariables;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.parser.Parser;
import graphql.language.BooleanValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.DataFetchingFieldSelectionSetImpl;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.SelectedField;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.MockedWiringFactory;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.ScalarWiringEnvironment;
import graphql.schema.idl.SchemaGenerator;
import graphql.validation.Validator;

/**
 * The fields a query selects, exactly as graphql-java hands them to a data fetcher, made from the
 * committed {@code schema.graphql} without starting the service: what the read planners take.
 * Argument values must be literals; a literal of one of the schema's own scalars ({@code Date},
 * {@code DateTime}, ...) arrives as the plain value written, as a variable would.
 */
public final class SelectedFields {

    /** The committed schema, with no data fetchers behind it. */
    public static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(
            new SchemaParser().parse(committedSchema()),
            RuntimeWiring.newRuntimeWiring().wiringFactory(new PlainScalars()).build());

    private SelectedFields() {
    }

    /** One top-level field of a query: its arguments and the fields selected directly beneath it. */
    public record RootField(String name, Map<String, Object> arguments, List<SelectedField> selection) {
    }

    /** The only top-level field of the query, which must be valid against the schema. */
    public static RootField root(String query) {
        var fields = roots(query);
        if (fields.size() != 1) {
            throw new IllegalArgumentException("Expected one top-level field, found " + fields.size() + " in " + query);
        }
        return fields.get(0);
    }

    /** Every top-level field of the query, in document order. */
    public static List<RootField> roots(String query) {
        var document = Parser.parse(query);
        var errors = new Validator().validateDocument(SCHEMA, document, java.util.Locale.ROOT);
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("The query is not valid against schema.graphql: " + errors);
        }
        var operation = ExecutableNormalizedOperationFactory.createExecutableNormalizedOperationWithRawVariables(
                SCHEMA, document, null, RawVariables.emptyVariables());
        return operation.getTopLevelFields().stream().map(SelectedFields::rootField).toList();
    }

    private static RootField rootField(ExecutableNormalizedField field) {
        var selection = DataFetchingFieldSelectionSetImpl
                .newCollector(SCHEMA, field.getType(SCHEMA), () -> field)
                .getImmediateFields();
        return new RootField(field.getName(), field.getResolvedArguments(), selection);
    }

    /** No data fetchers, and the schema's own scalars pass literal values through unchanged. */
    private static final class PlainScalars extends MockedWiringFactory {

        @Override
        public GraphQLScalarType getScalar(ScalarWiringEnvironment environment) {
            return GraphQLScalarType.newScalar()
                    .name(environment.getScalarTypeDefinition().getName())
                    .coercing(new Coercing<Object, Object>() {
                        @Override
                        public Object serialize(Object value) {
                            return value;
                        }

                        @Override
                        public Object parseValue(Object input) {
                            return input;
                        }

                        @Override
                        public Object parseLiteral(Object input) {
                            if (input instanceof StringValue text) {
                                return text.getValue();
                            }
                            if (input instanceof IntValue whole) {
                                return whole.getValue();
                            }
                            if (input instanceof FloatValue decimal) {
                                return decimal.getValue();
                            }
                            if (input instanceof BooleanValue bool) {
                                return bool.isValue();
                            }
                            throw new CoercingParseLiteralException("Not a plain literal: " + input);
                        }
                    })
                    .build();
        }
    }

    private static String committedSchema() {
        try (var in = SelectedFields.class.getResourceAsStream("/schema.graphql")) {
            if (in == null) {
                throw new IllegalStateException("schema.graphql is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
