package org.glyphtransfer.transfer.store;

import com.google.gson.GsonBuilder;
import com.google.gson.Strictness;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;

/**
 * The one way glyph makes a JSON writer: whatever it writes is valid JSON (RFC 8259), which has no
 * NaN or infinity. With {@link #builder()} a number that is not finite (a diverged loss is NaN) is
 * written as {@code null}, also as a value in a map, where Gson would otherwise drop the entry or
 * write the invalid token {@code NaN}; a {@code double} read back from {@code null} is NaN. With
 * {@link #exactBuilder()}, for glyph's own state that must come back bit for bit (checkpoints), it
 * is written as one of the strings {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"} and read
 * back as that number. Anything else non-finite (a number inside a hand-built JSON tree) is refused
 * with an exception rather than written.
 */
public final class FiniteJson {
    private FiniteJson() {}

    /**
     * A Gson builder that writes non-finite numbers as {@code null}; add pretty printing and the like
     * before {@code create()}.
     *
     * @return the builder
     */
    public static GsonBuilder builder() {
        return with(false);
    }

    /**
     * A Gson builder that writes non-finite numbers as the strings {@code "NaN"}, {@code "Infinity"}
     * and {@code "-Infinity"} and reads them back, so that values round-trip exactly.
     *
     * @return the builder
     */
    public static GsonBuilder exactBuilder() {
        return with(true);
    }

    private static GsonBuilder with(boolean exact) {
        GsonBuilder b = new GsonBuilder()
                .registerTypeAdapter(double.class, new Adapter(true, false, exact))
                .registerTypeAdapter(Double.class, new Adapter(false, false, exact))
                .registerTypeAdapter(float.class, new Adapter(true, true, exact))
                .registerTypeAdapter(Float.class, new Adapter(false, true, exact));
        // What the exact builder writes is valid JSON through its adapters; it keeps Gson's lenient
        // reading for files of earlier versions, which wrote the bare tokens NaN and Infinity.
        return exact ? b : b.setStrictness(Strictness.STRICT);
    }

    /** Writes a float or double, non-finite ones as null or as a string; reads them back. */
    private static final class Adapter extends TypeAdapter<Number> {
        private final boolean primitive;
        private final boolean single;
        private final boolean exact;

        Adapter(boolean primitive, boolean single, boolean exact) {
            this.primitive = primitive;
            this.single = single;
            this.exact = exact;
        }

        @Override
        public void write(JsonWriter out, Number value) throws IOException {
            if (value != null && Double.isFinite(value.doubleValue())) {
                out.value(value);
            } else if (value != null && exact) {
                out.value(Double.toString(value.doubleValue()));
            } else {
                boolean nulls = out.getSerializeNulls();
                out.setSerializeNulls(value != null || nulls);
                out.nullValue();
                out.setSerializeNulls(nulls);
            }
        }

        @Override
        public Number read(JsonReader in) throws IOException {
            JsonToken token = in.peek();
            if (token == JsonToken.NULL) {
                in.nextNull();
                return primitive ? of(Double.NaN) : null;
            }
            if (token == JsonToken.STRING) {
                String s = in.nextString();
                return switch (s) {
                    case "NaN" -> of(Double.NaN);
                    case "Infinity" -> of(Double.POSITIVE_INFINITY);
                    case "-Infinity" -> of(Double.NEGATIVE_INFINITY);
                    default ->
                        throw new com.google.gson.JsonSyntaxException(
                                "expected a number at " + in.getPath() + ", not the text '" + s + "'");
                };
            }
            return of(in.nextDouble());
        }

        private Number of(double d) {
            return single ? (Number) (float) d : (Number) d;
        }
    }
}
