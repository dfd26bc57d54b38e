package org.glyphtransfer.api.io;

import java.io.IOException;

/**
 * Something that uses a value and may fail with an {@link IOException}, such as the code that
 * fills a stream or a folder for {@link AtomicFiles}.
 *
 * @param <T> what it is given
 */
@FunctionalInterface
public interface IoConsumer<T> {
    /**
     * Uses the value.
     *
     * @param value what to use, e.g. the stream to write to
     * @throws IOException when it fails
     */
    void accept(T value) throws IOException;
}
