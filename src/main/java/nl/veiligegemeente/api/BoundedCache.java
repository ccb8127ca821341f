package nl.veiligegemeente.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** A thread-safe map that keeps its most recently used entries, up to a fixed number. */
public final class BoundedCache<K, V> {

    private final Map<K, V> entries;

    public BoundedCache(int capacity) {
        this.entries = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        });
    }

    /** The cached value, or null. */
    public V get(K key) {
        return entries.get(key);
    }

    public void put(K key, V value) {
        entries.put(key, value);
    }

    /** The cached value, or the one {@code compute} makes, which is kept (a computation that throws keeps nothing). */
    public V computeIfAbsent(K key, Function<K, V> compute) {
        var cached = entries.get(key);
        if (cached != null) {
            return cached;
        }
        var value = compute.apply(key);
        entries.put(key, value);
        return value;
    }
}
