package org.glyphtransfer.transfer.store;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;

/** A strict JSON parser for tests: RFC 8259 only (no NaN, comments or trailing content). */
public final class StrictJson {
    private StrictJson() {}

    /**
     * @param text JSON text
     * @return the parsed value
     * @throws com.google.gson.JsonParseException when the text is not strict JSON
     */
    public static JsonElement parse(String text) {
        try {
            JsonReader reader = new JsonReader(new StringReader(text));
            reader.setStrictness(Strictness.STRICT);
            JsonElement e = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new com.google.gson.JsonParseException("content after the JSON value");
            }
            return e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
