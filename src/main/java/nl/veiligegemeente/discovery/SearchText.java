package nl.veiligegemeente.discovery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.util.BytesRef;

import nl.veiligegemeente.schema.ApiException;

/**
 * What a person typed into search, as words: the Lucene query the full-text index runs, and the
 * test whether a word of a text matches, which the snippets use.
 *
 * <p>Every word is escaped, so Lucene syntax in the text is searched for, never interpreted. A
 * word matches when its Dutch stem matches (the index analyses with the same {@link DutchAnalyzer})
 * or, for words of {@value #FUZZY_MIN_LENGTH} letters or more, when it is one edit away from the
 * stem: the Dutch stemmer keeps "families" and "familie", or "preventief" and "preventie", apart.
 */
final class SearchText {

    static final int MAX_LENGTH = 200;
    static final int MAX_WORDS = 20;
    static final int FUZZY_MIN_LENGTH = 5;

    private static final Analyzer DUTCH = new DutchAnalyzer();
    private static final String FIELD = "text";

    private final List<String> words;
    private final Set<String> stems = new HashSet<>();
    private final List<Predicate<BytesRef>> nearStems = new ArrayList<>();

    private SearchText(List<String> words) {
        this.words = words;
        for (var word : words) {
            analyse(word, (term, start, end) -> {
                stems.add(term);
                return false;
            });
            if (word.length() >= FUZZY_MIN_LENGTH) {
                var automaton = FuzzyQuery.getFuzzyAutomaton(DUTCH.normalize(FIELD, word).utf8ToString(), 1, 0, true);
                nearStems.add(term -> automaton.runAutomaton.run(term.bytes, term.offset, term.length));
            }
        }
    }

    /** The words of a search text; blank or overlong text is a {@link nl.veiligegemeente.schema.ErrorCode#VALIDATION} error. */
    static SearchText of(String text) {
        var trimmed = text.strip();
        if (trimmed.isEmpty()) {
            throw ApiException.validation("'text' is empty: give the words to search for.");
        }
        if (trimmed.length() > MAX_LENGTH) {
            throw ApiException.validation("'text' is " + trimmed.length() + " characters long; search with at most "
                    + MAX_LENGTH + ".");
        }
        var words = List.of(trimmed.toLowerCase(Locale.ROOT).split("\\s+"));
        if (words.size() > MAX_WORDS) {
            throw ApiException.validation("'text' has " + words.size() + " words; search with at most " + MAX_WORDS + ".");
        }
        return new SearchText(words);
    }

    /** The query for the full-text index: each word as itself and, when long enough, one edit away. */
    String luceneQuery() {
        var query = new StringBuilder();
        for (var word : words) {
            var escaped = QueryParser.escape(word);
            query.append(query.isEmpty() ? "(" : " (").append(escaped);
            if (word.length() >= FUZZY_MIN_LENGTH) {
                query.append(' ').append(escaped).append("~1");
            }
            query.append(')');
        }
        return query.toString();
    }

    /** Where a word of a text lies: from {@code start} (inclusive) to {@code end} (exclusive). */
    record Range(int start, int end) {
    }

    /** The first word of the text that the search matches. */
    Optional<Range> firstMatch(String text) {
        var found = new ArrayList<Range>(1);
        analyse(text, (term, start, end) -> {
            if (stems.contains(term) || nearStems.stream().anyMatch(near -> near.test(new BytesRef(term)))) {
                found.add(new Range(start, end));
                return true;
            }
            return false;
        });
        return found.stream().findFirst();
    }

    /** Receives the analysed words of a text; returns true to stop. */
    @FunctionalInterface
    private interface Words {
        boolean accept(String term, int start, int end);
    }

    private static void analyse(String text, Words words) {
        try (var stream = DUTCH.tokenStream(FIELD, text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            var offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            var stopped = false;
            while (!stopped && stream.incrementToken()) {
                stopped = words.accept(term.toString(), offset.startOffset(), offset.endOffset());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot analyse text in memory", e);
        }
    }
}
