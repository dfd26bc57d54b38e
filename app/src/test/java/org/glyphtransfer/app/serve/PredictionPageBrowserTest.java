package org.glyphtransfer.app.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.glyphtransfer.app.LetterModels;
import org.glyphtransfer.transfer.predict.Prediction;
import org.glyphtransfer.transfer.predict.Predictor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The prediction page end to end in a real headless Chromium: upload a letter photo through the
 * file input, draw an L on the canvas with mouse actions, and read what the page shows. With
 * GLYPH_DATA the model is trained on the real letter scans and the upload is one of their test
 * images; without it, on generated letter photos. Screenshots go to target/screenshots/.
 */
class PredictionPageBrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path temp;

    @Test
    void showsThePredictionOfAnUploadedLetterAndOfALetterDrawnWithTheMouse() throws Exception {
        Optional<Path> chromedriver = WebDriverSession.executable("chromedriver");
        Optional<Path> chromium = WebDriverSession.executable(
                "/usr/lib/chromium/chromium", "chromium", "chromium-browser", "google-chrome");
        assumeTrue(
                chromedriver.isPresent() && chromium.isPresent(),
                "Chromium or chromedriver is not installed (Debian: apt-get install chromium chromium-driver); skipping the browser test.");
        boolean realData = LetterModels.realData().isPresent();
        long started = System.nanoTime();
        Path modelDir = realData ? LetterModels.real().orElseThrow() : LetterModels.synthetic();
        Path testing = realData
                ? LetterModels.realData().get().resolve("Testing")
                : LetterModels.syntheticData().resolve("Testing");
        Path screenshots = Path.of(System.getProperty("basedir", ".")).resolve("target/screenshots");
        Files.createDirectories(screenshots);
        long modelReady = System.nanoTime();
        try (Predictor predictor = Predictor.builder(modelDir)
                        .optRuntime(LetterModels.runtime(testing))
                        .build();
                PredictionServer server =
                        PredictionServer.builder(predictor).optPort(0).start();
                WebDriverSession browser = WebDriverSession.start(
                        chromedriver.get(),
                        chromium.get(),
                        Files.createDirectories(temp.resolve("profile")),
                        temp.resolve("chromedriver.log"))) {
            browser.navigate(server.uri());
            browser.waitUntil(
                    "return document.getElementById('model-info').textContent.includes('classes');",
                    WAIT,
                    "the page shows the model");
            String info = browser.execute("return document.getElementById('model-info').textContent;")
                    .getAsString();
            assertTrue(info.contains(predictor.classNames().size() + " classes"), info);
            // Before any upload there is no image to show: no broken-image placeholder, no empty box.
            String previewBefore = browser.execute("const p = document.getElementById('upload-preview');"
                            + " return getComputedStyle(p).display + ' ' + p.getBoundingClientRect().height;")
                    .getAsString();
            assertEquals("none 0", previewBefore, "the upload preview before anything is uploaded");

            Path letter = recognisedLetter(predictor, testing);
            String expected = letter.getParent().getFileName().toString();
            browser.sendKeys(browser.find("#file"), letter.toAbsolutePath().toString());
            browser.waitUntil(
                    "const r = document.getElementById('result');"
                            + " return !r.hidden && r.dataset.source === 'upload' && r.dataset.count === '1';",
                    WAIT,
                    "the upload's prediction");
            Prediction direct = predictor.predictFile(letter, 5);
            assertPageShows(browser, direct);
            assertEquals(expected, text(browser, "predicted"), "the page names the letter of " + letter);
            Files.write(screenshots.resolve("prediction-upload.png"), browser.screenshot());

            drawAnL(browser, browser.find("#pad"));
            browser.waitUntil(
                    "const r = document.getElementById('result');"
                            + " return r.dataset.source === 'drawing' && r.dataset.count === '2';",
                    WAIT,
                    "the drawing's prediction");
            String dataUrl = browser.execute("return document.getElementById('pad').toDataURL('image/png');")
                    .getAsString();
            BufferedImage drawn = ImageIO.read(
                    new ByteArrayInputStream(Base64.getDecoder().decode(dataUrl.substring(dataUrl.indexOf(',') + 1))));
            assertEquals(280, drawn.getWidth());
            assertTrue(inkShare(drawn) > 0.03, "the pointer actions left ink on the pad: " + inkShare(drawn));
            Prediction ofDrawing = predictor.predict(drawn, 5);
            assertPageShows(browser, ofDrawing);
            System.out.printf(
                    Locale.ROOT,
                    "[browser test] model %s (%.1f s to train or reuse), browser part %.1f s: upload %s -> %s;"
                            + " drawn L -> %s%n",
                    modelDir.getFileName(),
                    (modelReady - started) / 1e9,
                    (System.nanoTime() - modelReady) / 1e9,
                    testing.relativize(letter),
                    direct,
                    ofDrawing);
            Files.write(screenshots.resolve("prediction-page.png"), browser.screenshot());
            assertTrue(
                    browser.execute("return document.getElementById('error').hidden;")
                            .getAsBoolean(),
                    "no error shown: " + text(browser, "error"));
            assertTrue(
                    ofDrawing.top().subList(0, 3).stream()
                            .anyMatch(s -> s.name().equals("L")),
                    "the drawn L is in the top 3: " + ofDrawing);
        }
    }

    /** A test image the model classifies right with some confidence, taking letters in order. */
    private static Path recognisedLetter(Predictor predictor, Path testing) throws IOException {
        try (Stream<Path> files = Files.walk(testing)) {
            List<Path> images =
                    files.filter(f -> f.toString().endsWith(".png")).sorted().toList();
            for (Path image : images) {
                Prediction p = predictor.predictFile(image, 1);
                if (p.best().name().equals(image.getParent().getFileName().toString())
                        && p.best().probability() > 0.6) {
                    return image;
                }
            }
        }
        throw new AssertionError("The model recognises none of the test images in " + testing);
    }

    private static void assertPageShows(WebDriverSession browser, Prediction p) throws Exception {
        assertEquals(p.best().name(), text(browser, "predicted"));
        assertEquals(percent(p.best().probability()), text(browser, "confidence"));
        JsonArray bars = browser.execute("return Array.from(document.querySelectorAll('#bars li'),"
                        + " li => [li.querySelector('.name').textContent, li.querySelector('.value').textContent,"
                        + " li.querySelector('.fill').getBoundingClientRect().width]);")
                .getAsJsonArray();
        assertEquals(Math.min(5, p.classNames().size()), bars.size());
        for (int i = 0; i < bars.size(); i++) {
            JsonArray bar = bars.get(i).getAsJsonArray();
            assertEquals(p.top().get(i).name(), bar.get(0).getAsString(), "bar " + i);
            assertEquals(percent(p.top().get(i).probability()), bar.get(1).getAsString(), "bar " + i);
        }
        assertTrue(
                bars.get(0).getAsJsonArray().get(2).getAsDouble()
                        >= bars.get(bars.size() - 1).getAsJsonArray().get(2).getAsDouble(),
                "longest bar first");
        JsonArray seen = browser.execute("const img = document.getElementById('seen');"
                        + " return [img.naturalWidth, img.naturalHeight, img.src];")
                .getAsJsonArray();
        assertEquals(28, seen.get(0).getAsInt());
        assertEquals(28, seen.get(1).getAsInt());
        assertEquals(
                "data:image/png;base64," + Base64.getEncoder().encodeToString(p.inputPng()),
                seen.get(2).getAsString(),
                "the page shows the 28×28 input the model saw");
    }

    /** An L in two strokes of small mouse moves, the way a hand draws it. */
    private static void drawAnL(WebDriverSession browser, String pad) throws Exception {
        JsonArray actions = new JsonArray();
        actions.add(move(pad, -50, -90));
        actions.add(button("pointerDown"));
        for (int y = -90; y <= 80; y += 10) {
            actions.add(move(pad, -50 + (y + 90) / 60, y));
        }
        actions.add(button("pointerUp"));
        actions.add(move(pad, -48, 82));
        actions.add(button("pointerDown"));
        for (int x = -48; x <= 60; x += 10) {
            actions.add(move(pad, x, 82));
        }
        actions.add(button("pointerUp"));
        JsonObject mouse = new JsonObject();
        mouse.addProperty("type", "pointer");
        mouse.addProperty("id", "mouse");
        JsonObject parameters = new JsonObject();
        parameters.addProperty("pointerType", "mouse");
        mouse.add("parameters", parameters);
        mouse.add("actions", actions);
        browser.perform(mouse);
    }

    private static JsonObject move(String element, int x, int y) {
        JsonObject move = new JsonObject();
        move.addProperty("type", "pointerMove");
        move.addProperty("duration", 10);
        JsonObject origin = new JsonObject();
        origin.addProperty(WebDriverSession.ELEMENT, element);
        move.add("origin", origin);
        move.addProperty("x", x);
        move.addProperty("y", y);
        return move;
    }

    private static JsonObject button(String type) {
        JsonObject press = new JsonObject();
        press.addProperty("type", type);
        press.addProperty("button", 0);
        return press;
    }

    private static double inkShare(BufferedImage image) {
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                dark += (image.getRGB(x, y) & 0xff) < 128 ? 1 : 0;
            }
        }
        return dark / (double) (image.getWidth() * image.getHeight());
    }

    private static String text(WebDriverSession browser, String id) throws Exception {
        return browser.execute("return document.getElementById(arguments[0]).textContent;", id)
                .getAsString();
    }

    /** As the page writes it: JavaScript's toFixed(1) on the percentage. */
    private static String percent(float p) {
        return new java.math.BigDecimal(Double.toString(100 * (double) p))
                        .setScale(1, java.math.RoundingMode.HALF_UP)
                        .toPlainString()
                + "%";
    }
}
