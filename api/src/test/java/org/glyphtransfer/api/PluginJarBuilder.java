package org.glyphtransfer.api;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * Builds a plugin jar at test time: compiles Java sources given as text against the test class
 * path and packs the classes with their {@code META-INF/services} entries, like a jar a user
 * would drop into the plugins folder.
 */
final class PluginJarBuilder {
    private final Map<String, String> sources = new LinkedHashMap<>();
    private final Map<String, List<String>> services = new LinkedHashMap<>();
    private final List<String> extraClassPath = new ArrayList<>();

    /**
     * @param jar a library the sources compile against besides the test class path
     * @return this builder
     */
    PluginJarBuilder compileAgainst(Path jar) {
        extraClassPath.add(jar.toString());
        return this;
    }

    /**
     * @param className fully qualified class name
     * @param code its source
     * @return this builder
     */
    PluginJarBuilder source(String className, String code) {
        sources.put(className, code);
        return this;
    }

    /**
     * @param spi the service interface
     * @param implementation the class name listed in its services file (need not exist)
     * @return this builder
     */
    PluginJarBuilder service(Class<?> spi, String implementation) {
        services.computeIfAbsent(spi.getName(), k -> new ArrayList<>()).add(implementation);
        return this;
    }

    /**
     * Compiles and packs.
     *
     * @param scratch a folder for the compiled classes, outside the plugins folder
     * @param jar the jar file to write
     * @return {@code jar}
     */
    Path build(Path scratch, Path jar) throws IOException {
        Path classes = Files.createTempDirectory(scratch, "classes-");
        if (!sources.isEmpty()) {
            compile(classes);
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest)) {
            try (Stream<Path> walk = Files.walk(classes)) {
                for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
                    out.putNextEntry(
                            new JarEntry(classes.relativize(p).toString().replace('\\', '/')));
                    out.write(Files.readAllBytes(p));
                    out.closeEntry();
                }
            }
            for (Map.Entry<String, List<String>> service : services.entrySet()) {
                out.putNextEntry(new JarEntry("META-INF/services/" + service.getKey()));
                out.write((String.join("\n", service.getValue()) + "\n").getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }

    private void compile(Path classes) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        List<JavaFileObject> units = new ArrayList<>();
        sources.forEach((name, code) -> units.add(new SourceText(name, code)));
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<String> path = new ArrayList<>(extraClassPath);
        path.add(System.getProperty("java.class.path"));
        List<String> options = List.of(
                "--release",
                "17",
                "-classpath",
                String.join(java.io.File.pathSeparator, path),
                "-d",
                classes.toString());
        boolean ok =
                compiler.getTask(null, null, diagnostics, options, null, units).call();
        if (!ok) {
            throw new IllegalStateException("Test plugin sources do not compile: " + diagnostics.getDiagnostics());
        }
    }

    private static final class SourceText extends SimpleJavaFileObject {
        private final String code;

        SourceText(String className, String code) {
            super(URI.create("string:///" + className.replace('.', '/') + Kind.SOURCE.extension), Kind.SOURCE);
            this.code = code;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return code;
        }
    }
}
