package org.glyphtransfer.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glyphtransfer.api.io.IoErrors;
import org.glyphtransfer.api.io.UserPaths;

/**
 * Loads the plugins of one source (the class path, or one jar of the plugins folder) and turns
 * whatever keeps a plugin from loading into one sentence naming the jar and the reason: a file
 * that is not a readable jar, a class compiled for a newer Java, a services entry naming a
 * missing class, a provider without a name. The registry skips such a jar and keeps the rest.
 */
final class PluginLoading {
    private static final Pattern CLASS_VERSION = Pattern.compile("class file version (\\d+)(?:\\.\\d+)?");

    private PluginLoading() {}

    /** A plugin jar that opened as a zip, with the provider class names its services files list. */
    record Jar(Path path, Map<Class<?>, List<String>> services) {}

    /** Why a jar or class-path plugin was skipped. */
    static final class Skipped extends Exception {
        private static final long serialVersionUID = 1L;

        Skipped(String reason) {
            super(reason, null, false, false);
        }
    }

    /**
     * Opens a jar and reads its services files.
     *
     * @throws Skipped when it is not a readable jar
     */
    static Jar open(Path jar, List<Class<? extends Plugin>> types) throws Skipped {
        try (JarFile file = new JarFile(jar.toFile())) {
            Map<Class<?>, List<String>> services = new java.util.LinkedHashMap<>();
            for (Class<? extends Plugin> type : types) {
                JarEntry entry = file.getJarEntry("META-INF/services/" + type.getName());
                if (entry != null) {
                    try (InputStream in = file.getInputStream(entry)) {
                        services.put(type, classNames(in));
                    }
                }
            }
            return new Jar(jar, services);
        } catch (IOException | RuntimeException e) {
            throw new Skipped("it is not a readable jar file (" + reason(e) + "); rebuild or copy it again");
        }
    }

    private static List<String> classNames(InputStream in) throws IOException {
        List<String> names = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            int hash = line.indexOf('#');
            String name = (hash < 0 ? line : line.substring(0, hash)).trim();
            if (!name.isEmpty() && !names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * Creates the providers one jar lists for a type.
     *
     * @throws Skipped naming the class and the reason when one of them cannot be created
     */
    static <T extends Plugin> List<T> providers(Jar jar, Class<T> type, ClassLoader loader) throws Skipped {
        List<T> found = new ArrayList<>();
        for (String className : jar.services().getOrDefault(type, List.of())) {
            T plugin;
            try {
                Class<?> c = Class.forName(className, false, loader);
                if (!type.isAssignableFrom(c)) {
                    throw new Skipped("its class " + className + " does not implement " + type.getSimpleName());
                }
                plugin = type.cast(c.getConstructor().newInstance());
            } catch (ClassNotFoundException e) {
                throw new Skipped("its services file names the class " + className + ", which is not in the jar");
            } catch (NoSuchMethodException e) {
                throw new Skipped("its class " + className + " has no public constructor without parameters");
            } catch (UnsupportedClassVersionError e) {
                throw new Skipped("its class " + className + " " + newerJava(e));
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof UnsupportedClassVersionError) {
                    throw new Skipped("a class used by " + className + " "
                            + newerJava((UnsupportedClassVersionError) e.getCause()));
                }
                throw new Skipped("creating its class " + className + " failed (" + reason(e.getCause()) + ")");
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                throw new Skipped("its class " + className + " cannot be loaded (" + reason(e) + ")");
            }
            checkName(plugin);
            found.add(plugin);
        }
        return found;
    }

    /**
     * The providers of a type on the class path; one that cannot be created is reported and left out.
     *
     * @param problems where the sentences about skipped providers go
     */
    static <T extends Plugin> List<T> classPath(Class<T> type, ClassLoader loader, String kind, List<String> problems) {
        List<T> found = new ArrayList<>();
        Iterator<T> it = ServiceLoader.load(type, loader).iterator();
        // ServiceLoader goes on after an error; the bound keeps a loader that repeats one from looping.
        for (int attempts = 0; attempts < 10_000; attempts++) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                T plugin = it.next();
                checkName(plugin);
                found.add(plugin);
            } catch (Skipped e) {
                problems.add("A " + kind + " plugin on the class path was skipped: " + e.getMessage() + ".");
            } catch (UnsupportedClassVersionError e) {
                problems.add("A " + kind + " plugin on the class path was skipped: it " + newerJava(e) + ".");
            } catch (ServiceConfigurationError | LinkageError e) {
                problems.add("A " + kind + " plugin on the class path was skipped: " + reason(e) + ".");
            }
        }
        return found;
    }

    private static void checkName(Plugin plugin) throws Skipped {
        String name;
        try {
            name = plugin.name();
        } catch (RuntimeException | LinkageError e) {
            throw new Skipped("the name() of its class " + plugin.getClass().getName() + " failed (" + reason(e) + ")");
        }
        if (name == null || name.isBlank()) {
            throw new Skipped("its class " + plugin.getClass().getName() + " has no name (name() returned "
                    + (name == null ? "null" : "a blank name") + ")");
        }
    }

    /** @return one sentence saying that a jar was skipped and why */
    static String skippedJar(Path jar, String reason) {
        return "Plugin jar " + UserPaths.show(jar.getFileName()) + " was skipped: " + reason + ".";
    }

    /** @return "was compiled for Java N, …" for a class file newer than this Java reads */
    private static String newerJava(UnsupportedClassVersionError e) {
        Matcher m = CLASS_VERSION.matcher(String.valueOf(e.getMessage()));
        String needs = m.find() ? "Java " + (Integer.parseInt(m.group(1)) - 44) : "a newer Java";
        int java = Runtime.version().feature();
        return "was compiled for " + needs + ", newer than this Java " + java + " (rebuild the plugin with --release "
                + java + " or run glyph on a newer Java)";
    }

    private static String reason(Throwable e) {
        if (e instanceof UnsupportedClassVersionError) {
            return "it " + newerJava((UnsupportedClassVersionError) e);
        }
        if (e instanceof IOException) {
            return IoErrors.reason((IOException) e);
        }
        String message = IoErrors.plainMessage(e);
        return "no details".equals(message) ? e.getClass().getSimpleName() : message;
    }
}
