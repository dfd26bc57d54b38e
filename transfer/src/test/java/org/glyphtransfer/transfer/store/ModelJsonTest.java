package org.glyphtransfer.transfer.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.transfer.settings.Phase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ModelJson#read} on model.json files that glyph did not write: the whole file is checked against the schema. */
class ModelJsonTest {
    @TempDir
    Path dir;

    static Provenance provenance(Map<String, Double> metrics) {
        return Provenance.builder()
                .architecture("linear", Map.of())
                .classes(List.of("a", "b"), new long[] {1, 28, 28})
                .dataset("idx", Map.of("dir", "x"), Map.of("train", 2))
                .training(new TrainingRecord(List.of(Phase.full()), "cpu", 2))
                .metrics(metrics)
                .seed(3)
                .build()
                .toBuilder()
                .parameters(ModelFolder.PARAMETERS, "ab".repeat(32), "2026-01-01T00:00:00Z")
                .build();
    }

    private JsonObject valid() {
        return JsonParser.parseString(
                        new String(ModelJson.toBytes(provenance(Map.of("testAccuracy", 0.5))), StandardCharsets.UTF_8))
                .getAsJsonObject();
    }

    private GlyphException refused(Consumer<JsonObject> edit) throws IOException {
        JsonObject json = valid();
        edit.accept(json);
        Files.writeString(dir.resolve(ModelFolder.MODEL_JSON), json.toString());
        return assertThrows(GlyphException.class, () -> ModelFolder.readProvenance(dir), json::toString);
    }

    /** One sentence that names model.json and the field, without exception names. */
    private void assertNames(GlyphException e, String field) {
        String m = e.getMessage();
        assertTrue(m.startsWith("Model file " + dir.resolve(ModelFolder.MODEL_JSON)), m);
        assertTrue(m.contains("'" + field + "'"), m);
        assertTrue(m.endsWith("."), m);
        assertFalse(m.contains("Exception"), m);
    }

    private static JsonArray array(Object... values) {
        JsonArray a = new JsonArray();
        for (Object v : values) {
            a.add(
                    v == null
                            ? JsonNull.INSTANCE
                            : v instanceof Number n ? new JsonPrimitive(n) : new JsonPrimitive(String.valueOf(v)));
        }
        return a;
    }

    @Test
    void whatGlyphWritesReadsBackEqual() throws IOException {
        Files.write(dir.resolve(ModelFolder.MODEL_JSON), ModelJson.toBytes(provenance(Map.of("testAccuracy", 0.5))));
        Provenance p = ModelFolder.readProvenance(dir);
        assertEquals(List.of("a", "b"), p.classNames());
        assertEquals(Phase.full(), p.training().orElseThrow().phases().get(0));
        assertEquals(Map.of("testAccuracy", 0.5), p.metrics());
        assertEquals("ab".repeat(32), p.parameterSha256());
    }

    @Test
    void aNaNMetricIsWrittenAsNullAndReadBackAsNaN() throws IOException {
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("testLoss", Double.NaN);
        metrics.put("testAccuracy", 0.1);
        byte[] bytes = ModelJson.toBytes(provenance(metrics));
        JsonObject strict =
                StrictJson.parse(new String(bytes, StandardCharsets.UTF_8)).getAsJsonObject();
        assertTrue(strict.getAsJsonObject("metrics").get("testLoss").isJsonNull());
        Files.write(dir.resolve(ModelFolder.MODEL_JSON), bytes);
        assertTrue(ModelFolder.readProvenance(dir).metrics().get("testLoss").isNaN());
    }

    @Test
    void aHugeInputShapeIsRefusedBeforeAnythingIsBuilt() throws IOException {
        assertNames(refused(j -> j.add("inputShape", array(1, 28000, 28000))), "inputShape[1]");
        assertNames(refused(j -> j.add("inputShape", array(4, 4096, 4096))), "inputShape");
        assertNames(refused(j -> j.add("inputShape", array(3, 2048, 2048))), "inputShape");
    }

    @Test
    void theInputShapeMustBeThreePositiveWholeNumbers() throws IOException {
        assertNames(refused(j -> j.add("inputShape", array(1, -28, 28))), "inputShape[1]");
        assertNames(refused(j -> j.add("inputShape", array(0, 28, 28))), "inputShape[0]");
        assertNames(refused(j -> j.add("inputShape", array(1, 28.5, 28))), "inputShape[1]");
        assertNames(refused(j -> j.add("inputShape", array(1, 28))), "inputShape");
        assertNames(refused(j -> j.add("inputShape", array(1, "28", 28))), "inputShape[1]");
        assertNames(refused(j -> j.addProperty("inputShape", "28x28")), "inputShape");
        assertNames(refused(j -> j.remove("inputShape")), "inputShape");
    }

    @Test
    void classNamesMustBeNonEmptyUniqueTextOfBoundedCount() throws IOException {
        assertNames(refused(j -> j.add("classNames", array(null, "b"))), "classNames[0]");
        assertNames(refused(j -> j.add("classNames", array("a", ""))), "classNames[1]");
        assertNames(refused(j -> j.add("classNames", array("a", "a"))), "classNames[1]");
        assertNames(refused(j -> j.add("classNames", array(1, 2))), "classNames[0]");
        assertNames(refused(j -> j.add("classNames", array())), "classNames");
        assertNames(refused(j -> j.add("classNames", JsonNull.INSTANCE)), "classNames");
        Object[] many = new Object[ModelJsonSchema.MAX_CLASSES + 1];
        for (int i = 0; i < many.length; i++) {
            many[i] = "c" + i;
        }
        assertNames(refused(j -> j.add("classNames", array(many))), "classNames");
    }

    @Test
    void pluginNamesAreRequiredText() throws IOException {
        assertNames(refused(j -> j.add("dataset", JsonNull.INSTANCE)), "dataset");
        assertNames(refused(j -> j.addProperty("architecture", 5)), "architecture");
        assertNames(refused(j -> j.addProperty("architecture", "")), "architecture");
        assertNames(
                refused(j -> j.getAsJsonObject("architectureOptions").addProperty("hidden", 5)),
                "architectureOptions.hidden");
        assertNames(refused(j -> j.add("datasetOptions", array("x"))), "datasetOptions");
    }

    @Test
    void theParameterFileIsAPlainNameInsideTheFolder() throws IOException {
        for (String name :
                List.of("../../other/model.params", "/etc/passwd", "sub/model.params", ".hidden", "..", "")) {
            assertNames(refused(j -> j.addProperty("parameterFile", name)), "parameterFile");
        }
        assertNames(refused(j -> j.addProperty("parameterSha256", "00")), "parameterSha256");
        assertNames(refused(j -> j.addProperty("parameterSha256", "zz".repeat(32))), "parameterSha256");
        assertNames(refused(j -> j.remove("parameterSha256")), "parameterSha256");
    }

    @Test
    void otherFieldsAreCheckedToo() throws IOException {
        assertNames(refused(j -> j.getAsJsonObject("metrics").addProperty("testLoss", "NaN")), "metrics.testLoss");
        assertNames(refused(j -> j.getAsJsonObject("datasetSizes").addProperty("train", -1)), "datasetSizes.train");
        assertNames(refused(j -> j.addProperty("seed", 1.5)), "seed");
        assertNames(refused(j -> j.addProperty("format", "1")), "format");
        assertNames(refused(j -> j.remove("format")), "format");
        assertNames(refused(j -> j.addProperty("colour", "red")), "colour");
        assertNames(refused(j -> j.getAsJsonObject("training").add("phases", new JsonArray())), "training.phases");
        assertNames(
                refused(j -> j.getAsJsonObject("training")
                        .getAsJsonArray("phases")
                        .get(0)
                        .getAsJsonObject()
                        .addProperty("epochs", -3)),
                "training.phases[0]");
        assertNames(refused(j -> j.getAsJsonObject("training").addProperty("threads", "two")), "training.threads");
    }

    @Test
    void aNewerFormatAsksForAnUpgrade() throws IOException {
        GlyphException e = refused(j -> j.addProperty("format", Provenance.FORMAT + 1));
        assertTrue(e.getMessage().contains("newer than this glyph understands"), e.getMessage());
    }

    @Test
    void onlyStrictJsonIsAccepted() throws IOException {
        Path json = dir.resolve(ModelFolder.MODEL_JSON);
        String good = valid().toString();
        for (String bad :
                List.of(good.replace("0.5", "NaN"), good + " {}", "// comment\n" + good, "[1, 2]", "\"text\"")) {
            Files.writeString(json, bad);
            GlyphException e = assertThrows(GlyphException.class, () -> ModelFolder.readProvenance(dir), bad);
            assertTrue(e.getMessage().startsWith("Model file " + json), e.getMessage());
            assertFalse(e.getMessage().contains("Exception"), e.getMessage());
        }
    }
}
