package org.glyphtransfer.transfer.store;

import com.google.gson.GsonBuilder;
import com.google.gson.Strictness;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;

/**
 * The one way glyph makes a JSON writer: whatever it writes is valid JSON. A number that is not
 * finite (a diverged loss is NaN) is written as {@code null}, also as a value in a map, where Gson
 * would otherwise drop the entry or write the invalid token {@code NaN}; a {@code double} read back
 * from {@code null} is NaN. Anything else non-finite (a number inside a hand-built JSON tree) is
 * refused with an exception rather than written.
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
        return new GsonBuilder()
                .setStrictness(Strictness.STRICT)
                .registerTypeAdapter(double.class, new Adapter(true, false))
                .registerTypeAdapter(Double.class, new Adapter(false, false))
                .registerTypeAdapter(float.class, new Adapter(true, true))
                .registerTypeAdapter(Float.class, new Adapter(false, true));
    }

    /** Writes a float or double, non-finite ones as null; reads null as NaN for primitives. */
    private static final class Adapter extends TypeAdapter<Number> {
        private final boolean primitive;
        private final boolean single;

        Adapter(boolean primitive, boolean single) {
            this.primitive = primitive;
            this.single = single;
        }

        @Override
        public void write(JsonWriter out, Number value) throws IOException {
            if (value != null && Double.isFinite(value.doubleValue())) {
                out.value(value);
                return;
            }
            boolean nulls = out.getSerializeNulls();
            out.setSerializeNulls(value != null || nulls);
            out.nullValue();
            out.setSerializeNulls(nulls);
        }

        @Override
        public Number read(JsonReader in) throws IOException {
            if (in.peek() == JsonToken.NULL) {
                in.nextNull();
                return primitive ? (single ? (Number) Float.NaN : (Number) Double.NaN) : null;
            }
            double d = in.nextDouble();
            return single ? (Number) (float) d : (Number) d;
        }
    }
}
