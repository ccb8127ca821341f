package nl.veiligegemeente.api;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

/**
 * Keeps the parsed and validated form of the most recent valid documents, so that the queries a
 * frontend repeats are parsed and validated once. Invalid documents are never kept.
 */
final class DocumentCache implements PreparsedDocumentProvider {

    private static final int CAPACITY = 500;

    private final BoundedCache<String, PreparsedDocumentEntry> entries = new BoundedCache<>(CAPACITY);

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        var cached = entries.get(input.getQuery());
        if (cached != null) {
            return CompletableFuture.completedFuture(cached);
        }
        var entry = parseAndValidate.apply(input);
        if (!entry.hasErrors()) {
            entries.put(input.getQuery(), entry);
        }
        return CompletableFuture.completedFuture(entry);
    }
}
