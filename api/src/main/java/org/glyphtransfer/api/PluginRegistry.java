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
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The plugins found with {@link ServiceLoader}: on the class path, and in the jars of a plugins
 * folder ({@code --plugins DIR} or the environment variable {@code GLYPH_PLUGINS}), so a user can
 * drop a jar in without rebuilding. Names are unique: two plugins of one kind with the same name
 * are an error naming both classes. A jar that cannot be loaded (not a readable jar, compiled for a
 * newer Java, a missing or nameless provider class) is skipped and named in {@link #problems()}; the
 * other plugins work. A program can also add plugin objects of its own with
 * {@link Builder#addDataset} and {@link Builder#addModel}, no service file needed. Immutable once
 * built.
 */
public final class PluginRegistry {
    /** The environment variable naming the plugins folder. */
    public static final String PLUGINS_ENV = "GLYPH_PLUGINS";

    private final Map<String, DatasetProvider> datasets;
    private final Map<String, ModelProvider> models;
    private final Path pluginDirectory;
    private final List<String> problems;
    private final List<Plugin> registeredInCode;

    private PluginRegistry(
            Map<String, DatasetProvider> datasets,
            Map<String, ModelProvider> models,
            Path pluginDirectory,
            List<String> problems,
            List<Plugin> registeredInCode) {
        this.datasets = Collections.unmodifiableMap(datasets);
        this.models = Collections.unmodifiableMap(models);
        this.pluginDirectory = pluginDirectory;
        this.problems = List.copyOf(problems);
        this.registeredInCode = List.copyOf(registeredInCode);
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
        return PluginNames.lookup("dataset", datasets, name, problems);
    }

    /**
     * Looks a model plugin up by name.
     *
     * @param name the plugin name
     * @return the plugin
     * @throws GlyphException listing the available names when there is none by that name
     */
    public ModelProvider model(String name) {
        return PluginNames.lookup("model", models, name, problems);
    }

    /**
     * What kept plugins from loading: one sentence per skipped jar (or class-path plugin) naming
     * it and the reason. The command line prints them as warnings; an unknown plugin name repeats
     * them, since the plugin asked for may be in a skipped jar.
     *
     * @return the problems, empty when every plugin loaded
     */
    public List<String> problems() {
        return problems;
    }

    /** @return the plugins folder searched, if any */
    public Optional<Path> pluginDirectory() {
        return Optional.ofNullable(pluginDirectory);
    }

    /**
     * Where a plugin comes from: "built-in", or the name of its jar in the plugins folder.
     *
     * @param plugin a plugin of this registry
     * @return a short origin for listings: "built-in", "registered in code" or a jar's name
     */
    public String origin(Plugin plugin) {
        if (registeredInCode.stream().anyMatch(p -> p == plugin)) {
            return "registered in code";
        }
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

    /** Builder of {@link PluginRegistry}. */
    public static final class Builder {
        private ClassLoader classLoader;
        private Path pluginDirectory;
        private boolean directoryFromEnvironment = true;
        private final List<DatasetProvider> extraDatasets = new ArrayList<>();
        private final List<ModelProvider> extraModels = new ArrayList<>();

        private Builder() {}

        /**
         * Adds a dataset plugin written in the program itself, without a {@code META-INF/services}
         * file; it is found by name like any other, and its name must not clash with another's.
         *
         * @param plugin the plugin
         * @return this builder
         */
        public Builder addDataset(DatasetProvider plugin) {
            extraDatasets.add(java.util.Objects.requireNonNull(plugin, "plugin"));
            return this;
        }

        /**
         * Adds a model plugin written in the program itself, without a {@code META-INF/services}
         * file; it is found by name like any other, and its name must not clash with another's.
         *
         * @param plugin the plugin
         * @return this builder
         */
        public Builder addModel(ModelProvider plugin) {
            extraModels.add(java.util.Objects.requireNonNull(plugin, "plugin"));
            return this;
        }

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
         * @throws GlyphException on a missing plugins folder or duplicate names
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
            List<String> problems = new ArrayList<>();
            List<String> jarProblems = new ArrayList<>();
            List<PluginLoading.Jar> jars = new ArrayList<>();
            if (directory != null) {
                directory = directory.toAbsolutePath().normalize();
                for (Path jar : jarFiles(directory)) {
                    try {
                        jars.add(PluginLoading.open(jar, List.of(DatasetProvider.class, ModelProvider.class)));
                    } catch (PluginLoading.Skipped e) {
                        jarProblems.add(PluginLoading.skippedJar(jar, e.getMessage()));
                    }
                }
            }
            ClassLoader loader = jars.isEmpty() ? parent : new URLClassLoader(urls(jars), parent);
            Map<String, DatasetProvider> datasets = new TreeMap<>();
            Map<String, ModelProvider> models = new TreeMap<>();
            PluginNames.add(
                    datasets, PluginLoading.classPath(DatasetProvider.class, parent, "dataset", problems), "dataset");
            PluginNames.add(models, PluginLoading.classPath(ModelProvider.class, parent, "model", problems), "model");
            PluginNames.addInCode(datasets, extraDatasets, "dataset");
            PluginNames.addInCode(models, extraModels, "model");
            for (PluginLoading.Jar jar : jars) {
                List<DatasetProvider> jarDatasets;
                List<ModelProvider> jarModels;
                try {
                    jarDatasets = PluginLoading.providers(jar, DatasetProvider.class, loader);
                    jarModels = PluginLoading.providers(jar, ModelProvider.class, loader);
                } catch (PluginLoading.Skipped e) {
                    jarProblems.add(PluginLoading.skippedJar(jar.path(), e.getMessage()));
                    continue;
                }
                PluginNames.add(datasets, jarDatasets, "dataset");
                PluginNames.add(models, jarModels, "model");
            }
            // In the order of the jars' names, as the folder lists them.
            jarProblems.sort(null);
            problems.addAll(jarProblems);
            List<Plugin> inCode = new ArrayList<>(extraDatasets);
            inCode.addAll(extraModels);
            return new PluginRegistry(datasets, models, directory, problems, inCode);
        }

        private static URL[] urls(List<PluginLoading.Jar> jars) {
            List<URL> urls = new ArrayList<>();
            for (PluginLoading.Jar jar : jars) {
                try {
                    urls.add(jar.path().toUri().toURL());
                } catch (MalformedURLException e) {
                    throw new IllegalStateException(e);
                }
            }
            return urls.toArray(new URL[0]);
        }

        private static List<Path> jarFiles(Path directory) {
            if (!Files.isDirectory(directory)) {
                throw new GlyphException("Plugins folder " + directory + " does not exist or is not a folder; "
                        + "pass an existing folder of plugin jars with --plugins or " + PLUGINS_ENV + ".");
            }
            try (Stream<Path> files = Files.list(directory)) {
                return files.filter(p -> p.toString().endsWith(".jar")).sorted().collect(Collectors.toList());
            } catch (IOException e) {
                throw new GlyphException("Plugins folder " + directory + " cannot be read: " + e.getMessage() + ".", e);
            }
        }
    }
}
