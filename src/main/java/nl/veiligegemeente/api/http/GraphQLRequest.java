package nl.veiligegemeente.api.http;

import java.io.StringReader;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParsingException;

/**
 * A GraphQL-over-HTTP request: the document, the operation to run and its variables, read from
 * a JSON body (POST) or from query parameters (GET). Anything malformed is a {@link BadRequest}.
 */
record GraphQLRequest(String query, String operationName, JsonObject variables) {

    /** Looked up once: {@code Json.create…} looks the provider up with a ServiceLoader on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    static final String QUERY = "query";
    static final String OPERATION_NAME = "operationName";
    static final String VARIABLES = "variables";
    static final String EXTENSIONS = "extensions";

    /** Reads a POST body, which must be a JSON object. */
    static GraphQLRequest fromJson(String body) {
        if (body == null || body.isBlank()) {
            throw new BadRequest(400, "The request has no body: send a JSON object with the GraphQL document as 'query'.");
        }
        JsonObject json;
        try (var reader = JSON.createReader(new StringReader(body))) {
            json = reader.readObject();
        } catch (JsonParsingException | ClassCastException | IllegalStateException e) {
            throw new BadRequest(400, "The request body is not a JSON object: " + e.getMessage());
        }
        var variables = json.get(VARIABLES);
        requireObjectOrNull(variables, VARIABLES);
        requireObjectOrNull(json.get(EXTENSIONS), EXTENSIONS);
        return new GraphQLRequest(string(json, QUERY), string(json, OPERATION_NAME),
                variables instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT);
    }

    /** Reads the query parameters of a GET request; {@code variables} is JSON text. */
    static GraphQLRequest fromParameters(String query, String operationName, String variables) {
        JsonObject parsedVariables = JsonValue.EMPTY_JSON_OBJECT;
        if (variables != null && !variables.isBlank()) {
            try (var reader = JSON.createReader(new StringReader(variables))) {
                parsedVariables = reader.readObject();
            } catch (JsonParsingException | ClassCastException | IllegalStateException e) {
                throw new BadRequest(400, "The 'variables' parameter is not a JSON object.");
            }
        }
        return new GraphQLRequest(query, operationName, parsedVariables).requireQuery();
    }

    private static void requireObjectOrNull(JsonValue value, String name) {
        if (value != null && value.getValueType() != JsonValue.ValueType.OBJECT
                && value.getValueType() != JsonValue.ValueType.NULL) {
            throw new BadRequest(400, "'" + name + "' must be a JSON object.");
        }
    }

    private static String string(JsonObject json, String name) {
        var value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        throw new BadRequest(400, "'" + name + "' must be a string.");
    }

    GraphQLRequest requireQuery() {
        if (query == null || query.isBlank()) {
            throw new BadRequest(400, "The request has no 'query': send the GraphQL document as 'query'.");
        }
        return this;
    }

    /** The form SmallRye's execution service takes. */
    JsonObject toJson() {
        var json = JSON.createObjectBuilder().add(QUERY, query).add(VARIABLES, variables);
        if (operationName != null) {
            json.add(OPERATION_NAME, operationName);
        }
        return json.build();
    }
}
