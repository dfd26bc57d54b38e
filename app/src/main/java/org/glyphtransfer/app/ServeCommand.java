package org.glyphtransfer.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.glyphtransfer.app.serve.PredictionServer;
import org.glyphtransfer.transfer.predict.Predictor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code glyph serve}: the prediction web page and its JSON API for one model folder, until Ctrl+C. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Serve a web page that predicts drawn or uploaded letters with a model folder.",
            "API: POST /api/predict with the image file as the request body (optional ?top=K, min-confidence=P,"
                    + " classes=LIST); GET /api/model.",
            "--min-confidence and --classes apply to every answer; a request's own parameters narrow them further."
        })
final class ServeCommand implements Runnable {
    @ParentCommand
    GlyphCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "DIR", description = "Model folder.")
    Path model;

    @Option(
            names = "--port",
            defaultValue = "8080",
            description = "TCP port; 0 = any free port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(
            names = "--host",
            defaultValue = "127.0.0.1",
            description =
                    "Interface to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 = every network).")
    String host;

    @Option(
            names = "--workers",
            defaultValue = "0",
            paramLabel = "N",
            description = "Threads that decode and predict; 0 = the cores, at most 4 (default).")
    int workers;

    @Option(
            names = "--queue",
            defaultValue = "64",
            paramLabel = "N",
            description =
                    "Predictions that may wait for a worker; beyond that the server answers 503 (default: ${DEFAULT-VALUE}).")
    int queue;

    @Option(
            names = "--timeout",
            defaultValue = "30",
            paramLabel = "SECONDS",
            description = "Longest a prediction may take, and longest an upload may stall (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(
            names = "--header-timeout",
            defaultValue = "10",
            paramLabel = "SECONDS",
            description = "Longest a connection may stay open without completing a request header (default: "
                    + "${DEFAULT-VALUE}).")
    int headerTimeoutSeconds;

    @Option(
            names = "--max-connections-per-address",
            defaultValue = "32",
            paramLabel = "N",
            description = "Open connections one client address may hold; more are closed (default: ${DEFAULT-VALUE}).")
    int maxConnectionsPerAddress;

    @Mixin
    AnswerOptions answers;

    @Override
    public void run() {
        CountDownLatch stopped = new CountDownLatch(1);
        Predictor predictor = Predictor.builder(model)
                .optRuntime(root.runtime())
                .optAnswerPolicy(answers.policy())
                .optCascade(answers.cascade())
                .build();
        PredictionServer server;
        try {
            PredictionServer.Builder builder = PredictionServer.builder(predictor)
                    .optHost(host)
                    .optPort(port)
                    .optQueueLimit(queue)
                    .optRequestTimeout(Duration.ofSeconds(timeoutSeconds))
                    .optHeaderTimeout(Duration.ofSeconds(headerTimeoutSeconds))
                    .optMaxConnectionsPerAddress(maxConnectionsPerAddress);
            if (workers > 0) {
                builder.optWorkers(workers);
            }
            server = builder.start();
        } catch (RuntimeException e) {
            predictor.close();
            throw e;
        }
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            server.close();
                            predictor.close();
                            stopped.countDown();
                        },
                        "glyph-serve-stop"));
        PrintWriter out = spec.commandLine().getOut();
        out.println("Serving " + model + " (" + predictor.classNames().size() + " classes) at " + server.uri()
                + " — Ctrl+C stops.");
        if (!server.address().getAddress().isLoopbackAddress()) {
            out.println("Listening beyond this machine: anyone who can reach " + host + ":"
                    + server.address().getPort() + " can use the model.");
        }
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
