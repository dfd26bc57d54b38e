package org.glyphtransfer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.glyphtransfer.testing.RealData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default pretraining recipe augments the training batches of a dataset that can augment; the
 * reference recipe does not, and an option the user gives wins over the recipe.
 */
class PretrainRecipeDatasetTest {
    @TempDir
    Path dir;

    private JsonObject datasetOptions(String name, String... extra) throws IOException {
        Path out = dir.resolve(name);
        List<String> args = new ArrayList<>(List.of(
                "pretrain",
                "--model",
                "linear",
                "--dataset",
                "mnist",
                "--option",
                "perClass=20",
                "--option",
                "evalPerClass=5",
                "--epochs",
                "1",
                "--out",
                out.toString(),
                "--data-root",
                RealData.root("these runs read MNIST").toString(),
                "--device",
                "cpu",
                "--quiet"));
        args.addAll(List.of(extra));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, run.code, run.toString());
        return JsonParser.parseString(Files.readString(out.resolve("model.json")))
                .getAsJsonObject()
                .getAsJsonObject("datasetOptions");
    }

    @Test
    void theDefaultRecipeAugmentsTrainingBatches() throws IOException {
        assertEquals("true", datasetOptions("default").get("augment").getAsString());
    }

    @Test
    void theReferenceRecipeTrainsOnTheImagesAsTheyAre() throws IOException {
        JsonObject options = datasetOptions("reference", "--recipe", "reference-study");
        assertFalse(options.has("augment") && options.get("augment").getAsBoolean(), options.toString());
    }

    @Test
    void theUsersOptionWinsOverTheRecipe() throws IOException {
        assertEquals(
                "false",
                datasetOptions("user", "--option", "augment=false")
                        .get("augment")
                        .getAsString());
    }
}
