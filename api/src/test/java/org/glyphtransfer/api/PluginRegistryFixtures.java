package org.glyphtransfer.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the plugin registry tests share: a registry of the class path alone, the names of a plugin
 * list, the source of a minimal dataset or model plugin for {@link PluginJarBuilder}, and a plugins
 * folder.
 */
final class PluginRegistryFixtures {
    private PluginRegistryFixtures() {}

    static PluginRegistry classPathOnly() {
        return PluginRegistry.builder().optUseEnvironment(false).build();
    }

    static List<String> names(List<? extends Plugin> plugins) {
        return plugins.stream().map(Plugin::name).collect(Collectors.toList());
    }

    static String datasetSource(String className, String name) {
        int dot = className.lastIndexOf('.');
        return "package " + className.substring(0, dot) + ";\n"
                + "import org.glyphtransfer.api.*;\n"
                + "public final class " + className.substring(dot + 1) + " implements DatasetProvider {\n"
                + "  public String name() { return \"" + name + "\"; }\n"
                + "  public String description() { return \"From a plugin jar.\"; }\n"
                + "  public GlyphDataset load(DatasetRequest r) { throw new UnsupportedOperationException(); }\n"
                + "}\n";
    }

    static String modelSource(String className, String name) {
        int dot = className.lastIndexOf('.');
        return "package " + className.substring(0, dot) + ";\n"
                + "import org.glyphtransfer.api.*;\n"
                + "public final class " + className.substring(dot + 1) + " implements ModelProvider {\n"
                + "  public String name() { return \"" + name + "\"; }\n"
                + "  public String description() { return \"From a plugin jar.\"; }\n"
                + "  public ModelParts build(ModelRequest r) { throw new UnsupportedOperationException(); }\n"
                + "}\n";
    }

    static Path pluginsFolder(Path temp) throws IOException {
        return Files.createDirectories(temp.resolve("plugins"));
    }
}
