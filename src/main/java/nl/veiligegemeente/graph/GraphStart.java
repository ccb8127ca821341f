package nl.veiligegemeente.graph;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import io.quarkus.runtime.StartupEvent;

/**
 * Readies the graph at start on a thread of its own ({@code graph-seed/}, then the observers of
 * {@link Seeded}) while the main thread does the start's work that needs no graph (the observers
 * of {@link Meanwhile}), and returns once both are done.
 *
 * <p>The two sides share nothing (about a second each against running databases: connecting and
 * checking the graph's migrations; starting an embedded PostgreSQL and Flyway), so running them
 * at once shortens the start. Quarkus opens the HTTP listener only after every startup observer
 * returned, so no request is answered before both are done; a failure of either fails the start
 * with that side's own exception, and only once the other side is over too, so that neither is
 * cut off half-way (a seed cut off would leave its lock in the graph).
 */
@ApplicationScoped
public class GraphStart {

    /** Startup observers that need the seeded graph or the work of {@link Meanwhile} run at a later (higher) priority than this. */
    public static final int READY = Interceptor.Priority.PLATFORM_BEFORE + 100;

    /** Fired on the graph's start thread once {@code graph-seed/} is applied; its observers finish readying the graph. */
    public record Seeded() {
    }

    /** Fired on the main thread while the graph starts: its observers do the start's work that needs no graph. */
    public record Meanwhile() {
    }

    private final GraphSeed seed;
    private final Event<Seeded> seeded;
    private final Event<Meanwhile> meanwhile;

    GraphStart(GraphSeed seed, Event<Seeded> seeded, Event<Meanwhile> meanwhile) {
        this.seed = seed;
        this.seeded = seeded;
        this.meanwhile = meanwhile;
    }

    void start(@Observes @Priority(READY) StartupEvent event) {
        var graph = CompletableFuture.runAsync(() -> {
            seed.apply();
            seeded.fire(new Seeded());
        }, GraphStart::onOwnThread);
        try {
            meanwhile.fire(new Meanwhile());
        } catch (RuntimeException | Error failure) {
            graph.exceptionally(graphFailure -> {
                failure.addSuppressed(cause(graphFailure));
                return null;
            }).join();
            throw failure;
        }
        try {
            graph.join();
        } catch (CompletionException e) {
            if (cause(e) instanceof RuntimeException failure) {
                throw failure;
            }
            if (cause(e) instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private static Throwable cause(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    private static void onOwnThread(Runnable work) {
        new Thread(work, "graph-start").start();
    }
}
