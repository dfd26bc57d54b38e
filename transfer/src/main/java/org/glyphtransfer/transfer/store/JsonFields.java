package org.glyphtransfer.transfer.store;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.glyphtransfer.api.GlyphException;

/**
 * Typed, bounded access to the fields of one JSON object read from an untrusted file: every value
 * is checked for its type and range, and every problem becomes a user error that names the file
 * and the field's path (e.g. {@code 'training.phases[1]'}).
 */
final class JsonFields {
    /** The longest text a name, option key or option value may have. */
    static final int MAX_TEXT = 10_000;

    private final Path file;
    private final String prefix;
    private final JsonObject object;

    JsonFields(Path file, String prefix, JsonObject object) {
        this.file = file;
        this.prefix = prefix;
        this.object = object;
    }

    Path file() {
        return file;
    }

    /** @return a user error naming the file and the field */
    GlyphException error(String field, String problem) {
        return new GlyphException("Model file " + file + ": '" + path(field) + "' " + problem + ".");
    }

    String path(String field) {
        return prefix.isEmpty() ? field : prefix + "." + field;
    }

    /** Refuses fields that are not among the known ones. */
    void onlyKnown(Set<String> known) {
        for (String key : object.keySet()) {
            if (!known.contains(key)) {
                throw error(key, "is not a field this glyph knows (known: " + String.join(", ", known) + ")");
            }
        }
    }

    /** @return the value, or {@code null} when absent or JSON null */
    JsonElement optional(String field) {
        JsonElement e = object.get(field);
        return e == null || e.isJsonNull() ? null : e;
    }

    JsonElement required(String field, String what) {
        JsonElement e = optional(field);
        if (e == null) {
            throw error(field, "is missing; it must be " + what);
        }
        return e;
    }

    JsonObject object(String field, JsonElement e) {
        if (!e.isJsonObject()) {
            throw error(field, "must be a JSON object, not " + kind(e));
        }
        return e.getAsJsonObject();
    }

    JsonArray array(String field, JsonElement e, int min, int max) {
        if (!e.isJsonArray()) {
            throw error(field, "must be a JSON list, not " + kind(e));
        }
        JsonArray a = e.getAsJsonArray();
        if (a.size() < min || a.size() > max) {
            throw error(field, "has " + a.size() + " entries; it must have " + range(min, max));
        }
        return a;
    }

    String text(String field, JsonElement e, int min, int max) {
        if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            throw error(field, "must be text, not " + kind(e));
        }
        String s = e.getAsString();
        if (s.length() < min || s.length() > max) {
            throw error(field, "must be text of " + range(min, max) + " characters, not " + s.length());
        }
        return s;
    }

    long whole(String field, JsonElement e, long min, long max) {
        if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
            throw error(field, "must be a whole number in [" + min + ", " + max + "], not " + kind(e));
        }
        BigDecimal v = new BigDecimal(e.getAsJsonPrimitive().getAsString());
        if (v.signum() != 0 && v.stripTrailingZeros().scale() > 0
                || v.compareTo(BigDecimal.valueOf(min)) < 0
                || v.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw error(field, "must be a whole number in [" + min + ", " + max + "], not " + e);
        }
        return v.longValueExact();
    }

    /** A finite number, or JSON null for "not a number" (what glyph writes for a diverged loss). */
    double finiteOrNull(String field, JsonElement e) {
        if (e == null || e.isJsonNull()) {
            return Double.NaN;
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
            throw error(field, "must be a number or null, not " + kind(e));
        }
        double d = e.getAsDouble();
        if (!Double.isFinite(d)) {
            throw error(field, "must be a finite number, not " + e);
        }
        return d;
    }

    /** An object of text values with bounded keys, values and size. */
    Map<String, String> textMap(String field) {
        JsonElement e = optional(field);
        if (e == null) {
            return Map.of();
        }
        Map<String, String> m = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> kv : entries(field, e)) {
            String key = path(field) + "." + kv.getKey();
            m.put(kv.getKey(), text(key, kv.getValue(), 0, MAX_TEXT));
        }
        return m;
    }

    Set<Map.Entry<String, JsonElement>> entries(String field, JsonElement e) {
        JsonObject o = object(field, e);
        if (o.size() > 1000) {
            throw error(field, "has " + o.size() + " entries; it may have at most 1000");
        }
        for (String key : o.keySet()) {
            if (key.isEmpty() || key.length() > 200) {
                throw error(field, "has a key of " + key.length() + " characters; keys must have 1 to 200");
            }
        }
        return o.entrySet();
    }

    static String kind(JsonElement e) {
        if (e == null || e.isJsonNull()) {
            return "null";
        }
        if (e.isJsonObject()) {
            return "an object";
        }
        if (e.isJsonArray()) {
            return "a list";
        }
        JsonPrimitive p = e.getAsJsonPrimitive();
        String shown = p.toString().length() > 40 ? p.toString().substring(0, 40) + "…" : p.toString();
        return p.isString() ? "the text " + shown : p.isBoolean() ? shown : "the number " + shown;
    }

    private static String range(long min, long max) {
        return min == max ? String.valueOf(min) : min + " to " + max;
    }
}
