package nl.veiligegemeente.graph;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Readies the graph at start, on a thread of its own: applies {@code graph-seed/} ({@link GraphSeed}),
 * then lets the observers of {@link Seeded} finish; the start goes on only once that is done.
 *
 * <p>The Neo4j side of the start (about a second against a running Neo4j: connecting, checking
 * the migrations, waiting for the full-text index) and the PostgreSQL side (an embedded server's
 * start, Flyway) share nothing, so the Neo4j side runs while the main thread's startup observers
 * do the PostgreSQL side, and the main thread waits for it at {@link #READY}: Quarkus opens the
 * HTTP listener only after every startup observer returned, so no request is answered before both
 * sides are done, and a failure of the Neo4j side fails the start with its own exception.
 */
@ApplicationScoped
public class GraphStart {

    /** After an embedded Neo4j started (priority {@code PLATFORM_BEFORE}), before an embedded PostgreSQL starts. */
    static final int BEGUN = Interceptor.Priority.PLATFORM_BEFORE + 10;

    /** Observers that need the seeded graph run at a later (higher) priority than this. */
    public static final int READY = Interceptor.Priority.PLATFORM_BEFORE + 150;

    /** Fired on the graph's start thread once {@code graph-seed/} is applied; its observers finish readying the graph. */
    public record Seeded() {
    }

    private final GraphSeed seed;
    private final Event<Seeded> seeded;
    private volatile CompletableFuture<Void> ready = CompletableFuture.completedFuture(null);

    GraphStart(GraphSeed seed, Event<Seeded> seeded) {
        this.seed = seed;
        this.seeded = seeded;
    }

    void begin(@Observes @Priority(BEGUN) StartupEvent event) {
        ready = CompletableFuture.runAsync(() -> {
            seed.apply();
            seeded.fire(new Seeded());
        }, GraphStart::onOwnThread);
    }

    void awaitReady(@Observes @Priority(READY) StartupEvent event) {
        try {
            ready.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /**
     * When the start failed on the PostgreSQL side, waits until the Neo4j side is over too before
     * the driver and an embedded Neo4j close: a seed cut off would leave its lock behind.
     */
    void awaitBeforeStop(@Observes ShutdownEvent event) {
        ready.exceptionally(failure -> null).join();
    }

    private static void onOwnThread(Runnable work) {
        var thread = new Thread(work, "graph-start");
        thread.setDaemon(true);
        thread.start();
    }
}
