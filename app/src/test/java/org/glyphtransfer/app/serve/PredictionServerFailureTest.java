package org.glyphtransfer.app.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.glyphtransfer.transfer.predict.Prediction;
import org.glyphtransfer.transfer.store.Provenance;
import org.junit.jupiter.api.Test;

/**
 * A model that fails (a bug, not a bad upload) gets the client a 500 with one fixed JSON sentence
 * that leaks neither the exception nor a server path, and the server goes on answering. The
 * classifier here tells light from dark images and fails on two widths, one with an exception
 * and one with an {@link Error}.
 */
class PredictionServerFailureTest {
    private static final String SECRET = "/srv/glyph/secret-model-path";
    private static final List<String> CLASSES = List.of("dark", "light");

    private static Prediction classify(BufferedImage image, int topK) {
        if (image.getWidth() == 13) {
            throw new IllegalStateException("broken model at " + SECRET);
        }
        if (image.getWidth() == 14) {
            throw new AssertionError("broken invariant at " + SECRET);
        }
        float light = meanBrightness(image);
        return new Prediction(CLASSES, new float[] {1 - light, light}, topK, new float[] {light}, new long[] {1, 1, 1});
    }

    @Test
    void aFailingModelAnswers500WithoutItsDetailsAndTheServerKeepsServing() throws Exception {
        Provenance provenance = Provenance.builder()
                .architecture("brightness", Map.of())
                .classes(CLASSES, new long[] {1, 1, 1})
                .dataset("none", Map.of(), Map.of())
                .build();
        try (PredictionServer server = PredictionServer.builder(
                        PredictionServerFailureTest::classify, provenance, "brightness")
                .optPort(0)
                .optWorkers(1)
                .start()) {
            for (int failingWidth : new int[] {13, 14}) {
                HttpResponse<String> failed =
                        ServeFixtures.post(server, "/api/predict", png(failingWidth, Color.WHITE), "image/png");
                assertEquals(500, failed.statusCode(), failed.body());
                assertTrue(
                        failed.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                        failed.headers().toString());
                JsonObject body = JsonParser.parseString(failed.body()).getAsJsonObject();
                assertEquals(
                        "The server failed to handle this request; the error is in its log.",
                        body.get("error").getAsString());
                assertEquals(500, body.get("status").getAsInt());
                assertFalse(
                        failed.body().contains("secret")
                                || failed.body().contains("Exception")
                                || failed.body().contains("Error"),
                        failed.body());
            }
            // The one worker survived both failures and still answers.
            assertEquals("light", predicted(server, png(20, Color.WHITE)));
            assertEquals("dark", predicted(server, png(20, Color.BLACK)));
        }
    }

    private static String predicted(PredictionServer server, byte[] png) throws IOException, InterruptedException {
        HttpResponse<String> response = ServeFixtures.post(server, "/api/predict", png, "image/png");
        assertEquals(200, response.statusCode(), response.body());
        return JsonParser.parseString(response.body())
                .getAsJsonObject()
                .get("predicted")
                .getAsString();
    }

    private static byte[] png(int width, Color colour) {
        BufferedImage image = new BufferedImage(width, 20, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, width, 20);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static float meanBrightness(BufferedImage image) {
        double sum = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                sum += image.getRGB(x, y) & 0xff;
            }
        }
        return (float) (sum / (255.0 * image.getWidth() * image.getHeight()));
    }
}
