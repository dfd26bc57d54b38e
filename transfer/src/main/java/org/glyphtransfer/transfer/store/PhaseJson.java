package org.glyphtransfer.transfer.store;

import com.google.gson.Gson;
import com.google.gson.TypeAdapter;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.Map;
import org.glyphtransfer.transfer.settings.Phase;

/**
 * A phase in {@code model.json}: the flat pairs of {@link Phase#describe()}, read back through
 * {@link Phase#fromDescription}, which checks every value.
 */
final class PhaseJson extends TypeAdapter<Phase> {
    private static final Gson PLAIN = new Gson();

    @Override
    public void write(JsonWriter out, Phase phase) throws IOException {
        PLAIN.toJson(phase.describe(), Map.class, out);
    }

    @Override
    public Phase read(JsonReader in) throws IOException {
        Map<String, Object> pairs = PLAIN.fromJson(in, new TypeToken<Map<String, Object>>() {}.getType());
        return Phase.fromDescription(pairs);
    }
}
