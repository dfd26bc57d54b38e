package org.glyphtransfer.app;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.glyphtransfer.api.DataRoot;
import org.glyphtransfer.engine.EngineInfo;
import org.glyphtransfer.engine.GlyphEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code glyph env}: engine, version, device, threads, data root and plugins folder. */
@Command(name = "env", mixinStandardHelpOptions = true, description = "Show the engine, device, threads and data root.")
final class EnvCommand implements Runnable {
    @ParentCommand
    GlyphCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Machine-readable output.")
    boolean json;

    @Override
    public void run() {
        EngineInfo info = GlyphEngine.start(root.engineOptions());
        DataRoot data = root.dataRoot();
        Map<String, Object> env = new LinkedHashMap<>();
        env.put("glyph", VersionProvider.versions().getProperty("version"));
        env.put("engine", info.engineName());
        env.put("engineVersion", info.engineVersion());
        env.put("device", info.deviceName());
        env.put("threads", info.threads());
        env.put("seed", info.seed());
        env.put("offline", info.offline());
        env.put("dataRoot", data.path().toString());
        env.put("dataRootFrom", data.origin());
        env.put("dataRootExists", java.nio.file.Files.isDirectory(data.path()));
        env.put(
                "plugins",
                root.registry().pluginDirectory().map(Object::toString).orElse("(none)"));
        env.put("java", System.getProperty("java.version"));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(PluginListing.JSON.toJson(env));
        } else {
            TextTable table = new TextTable("KEY", "VALUE");
            env.forEach(table::row);
            table.print(out);
        }
        out.flush();
    }
}
