package org.glyphtransfer.api;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The plugins found with {@link ServiceLoader}: on the class path, and in the jars of a plugins
 * folder ({@code --plugins DIR} or the environment variable {@code GLYPH_PLUGINS}), so a user can
 * drop a jar in without rebuilding. Names are unique: two plugins of one kind with the same name
 * are an error naming both classes. Immutable once built.
 */
public final class PluginRegistry {
    /** The environment variable naming the plugins folder. */
    public static final String PLUGINS_ENV = "GLYPH_PLUGINS";

    private final Map<String, DatasetProvider> datasets;
    private final Map<String, ModelProvider> models;
    private final Path pluginDirectory;

    private PluginRegistry(
            Map<String, DatasetProvider> datasets, Map<String, ModelProvider> models, Path pluginDirectory) {
        this.datasets = Collections.unmodifiableMap(datasets);
        this.models = Collections.unmodifiableMap(models);
        this.pluginDirectory = pluginDirectory;
    }

    /**
     * The plugins on the class path, plus those in {@code GLYPH_PLUGINS} when it is set.
     *
     * @return the registry
     */
    public static PluginRegistry discover() {
        return builder().build();
    }

    /** @return a builder: class loader and plugins folder are optional */
    public static Builder builder() {
        return new Builder();
    }

    /** @return every dataset plugin, sorted by name */
    public List<DatasetProvider> datasets() {
        return new ArrayList<>(datasets.values());
    }

    /** @return every model plugin, sorted by name */
    public List<ModelProvider> models() {
        return new ArrayList<>(models.values());
    }

    /**
     * Looks a dataset plugin up by name.
     *
     * @param name the plugin name
     * @return the plugin
     * @throws GlyphException listing the available names when there is none by that name
     */
    public DatasetProvider dataset(String name) {
        return lookup("dataset", datasets, name);
    }

    /**
     * Looks a model plugin up by name.
     *
     * @param name the plugin name
     * @return the plugin
     * @throws GlyphException listing the available names when there is none by that name
     */
    public ModelProvider model(String name) {
        return lookup("model", models, name);
    }

    /** @return the plugins folder searched, if any */
    public Optional<Path> pluginDirectory() {
        return Optional.ofNullable(pluginDirectory);
    }

    /**
     * Where a plugin comes from: "built-in", or the name of its jar in the plugins folder.
     *
     * @param plugin a plugin of this registry
     * @return a short origin for listings
     */
    public String origin(Plugin plugin) {
        CodeSource source = plugin.getClass().getProtectionDomain().getCodeSource();
        if (source == null || pluginDirectory == null) {
            return "built-in";
        }
        try {
            Path location =
                    Paths.get(source.getLocation().toURI()).toAbsolutePath().normalize();
            return location.startsWith(pluginDirectory) ? String.valueOf(location.getFileName()) : "built-in";
        } catch (Exception e) {
            return "built-in";
        }
    }

    private static <T extends Plugin> T lookup(String kind, Map<String, T> plugins, String name) {
        T plugin = plugins.get(name);
        if (plugin == null) {
            String available = plugins.isEmpty()
                    ? "no " + kind + " plugins are installed"
                    : "available: " + String.join(", ", plugins.keySet());
            throw new GlyphException("Unknown " + kind + " '" + name + "'" + Suggestions.hint(name, plugins.keySet())
                    + "; " + available + ".");
        }
        return plugin;
    }

    /** Builder of {@link PluginRegistry}. */
    public static final class Builder {
        private ClassLoader classLoader;
        private Path pluginDirectory;
        private boolean directoryFromEnvironment = true;

        private Builder() {}

        /**
         * @param loader the class loader whose class path is searched; default: this library's
         * @return this builder
         */
        public Builder optClassLoader(ClassLoader loader) {
            this.classLoader = loader;
            return this;
        }

        /**
         * @param directory a folder of plugin jars (must exist), or {@code null} for
         *     {@code GLYPH_PLUGINS} if set
         * @return this builder
         */
        public Builder optPluginDirectory(Path directory) {
            this.pluginDirectory = directory;
            return this;
        }

        /**
         * @param use false to ignore {@code GLYPH_PLUGINS} (tests); default true
         * @return this builder
         */
        public Builder optUseEnvironment(boolean use) {
            this.directoryFromEnvironment = use;
            return this;
        }

        /**
         * Finds the plugins.
         *
         * @return the registry
         * @throws GlyphException on a missing plugins folder, an unloadable jar or duplicate names
         */
        public PluginRegistry build() {
            ClassLoader parent = classLoader != null ? classLoader : PluginRegistry.class.getClassLoader();
            Path directory = pluginDirectory;
            if (directory == null && directoryFromEnvironment) {
                String env = System.getenv(PLUGINS_ENV);
                if (env != null && !env.isBlank()) {
                    directory = Paths.get(env);
                }
            }
            ClassLoader loader = parent;
            if (directory != null) {
                directory = directory.toAbsolutePath().normalize();
                loader = new URLClassLoader(jarUrls(directory), parent);
            }
            Map<String, DatasetProvider> datasets = load(DatasetProvider.class, loader, "dataset");
            Map<String, ModelProvider> models = load(ModelProvider.class, loader, "model");
            return new PluginRegistry(datasets, models, directory);
        }

        private static URL[] jarUrls(Path directory) {
            if (!Files.isDirectory(directory)) {
                throw new GlyphException("Plugins folder " + directory + " does not exist or is not a folder; "
                        + "pass an existing folder of plugin jars with --plugins or " + PLUGINS_ENV + ".");
            }
            try (Stream<Path> files = Files.list(directory)) {
                List<URL> urls = new ArrayList<>();
                for (Path jar : (Iterable<Path>)
                        files.filter(p -> p.toString().endsWith(".jar")).sorted()::iterator) {
                    urls.add(jar.toUri().toURL());
                }
                return urls.toArray(new URL[0]);
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e);
            } catch (IOException e) {
                throw new GlyphException("Plugins folder " + directory + " cannot be read: " + e.getMessage() + ".", e);
            }
        }

        private static <T extends Plugin> Map<String, T> load(Class<T> type, ClassLoader loader, String kind) {
            Map<String, T> byName = new TreeMap<>();
            try {
                for (T plugin : ServiceLoader.load(type, loader)) {
                    T previous = byName.putIfAbsent(plugin.name(), plugin);
                    if (previous != null && previous.getClass() != plugin.getClass()) {
                        throw new GlyphException("Two " + kind + " plugins are named '" + plugin.name() + "': "
                                + previous.getClass().getName() + " and "
                                + plugin.getClass().getName()
                                + "; remove one of their jars or rename one plugin.");
                    }
                }
            } catch (ServiceConfigurationError e) {
                throw new GlyphException(
                        "A " + kind + " plugin could not be loaded (" + e.getMessage()
                                + "); check the jar in the plugins folder and its META-INF/services entry.",
                        e);
            }
            return byName;
        }
    }
}
