package org.glyphtransfer.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Builds {@code examples/plugin-example} in this JVM, the way its own {@code mvn package} would:
 * compiles its sources against glyph-api and DJL's API only (what its one {@code provided}
 * dependency brings), so a plugin that reached for another glyph module would fail here, and packs
 * classes and resources into a jar.
 */
final class ExamplePluginJar {
    /** The file name {@code mvn package} gives the example's jar. */
    static final String JAR_NAME = "glyph-plugin-example.jar";

    private ExamplePluginJar() {}

    /** @return the example project, from the system property {@code glyph.examples} set in app/pom.xml */
    static Path project() {
        String examples = System.getProperty("glyph.examples", "../examples");
        return Paths.get(examples, "plugin-example").toAbsolutePath().normalize();
    }

    /**
     * Compiles and packs the example plugin.
     *
     * @param scratch a folder for the compiled classes
     * @param pluginsFolder the folder to put the jar in
     * @return the jar
     */
    static Path build(Path scratch, Path pluginsFolder) throws IOException {
        return build(project(), scratch, pluginsFolder.resolve(JAR_NAME));
    }

    /**
     * Builds the example into a new plugins folder that holds just its jar.
     *
     * @param temp a folder for the compiled classes and the plugins folder
     * @return the plugins folder, {@code temp/plugins}
     */
    static Path inPluginsFolder(Path temp) throws IOException {
        Path plugins = Files.createDirectories(temp.resolve("plugins"));
        build(temp, plugins);
        return plugins;
    }

    /**
     * Compiles and packs a plugin project laid out as the example is, against glyph-api and DJL's API only.
     *
     * @param project the project folder, with {@code src/main/java} and {@code src/main/resources}
     * @param scratch a folder for the compiled classes
     * @param jar the jar to write
     * @return the jar
     */
    static Path build(Path project, Path scratch, Path jar) throws IOException {
        Path classes = Files.createDirectories(scratch.resolve("classes"));
        compile(project.resolve("src/main/java"), classes);
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest)) {
            add(out, classes);
            add(out, project.resolve("src/main/resources"));
        }
        return jar;
    }

    private static void compile(Path sources, Path classes) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("No Java sources under " + sources);
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fm = compiler.getStandardFileManager(diagnostics, null, null)) {
            List<String> options = List.of(
                    "--release",
                    "17",
                    "-Xlint:all,-path,-processing",
                    "-Werror",
                    "-classpath",
                    apiOnlyClassPath(),
                    "-d",
                    classes.toString());
            boolean ok = compiler.getTask(null, fm, diagnostics, options, null, fm.getJavaFileObjectsFromPaths(files))
                    .call();
            if (!ok) {
                throw new IllegalStateException("The example plugin does not compile: " + diagnostics.getDiagnostics());
            }
        }
    }

    /**
     * What a plugin project that depends only on {@code glyph-api} compiles against: glyph-api and
     * DJL's API jar with its own dependencies, none of the other glyph modules nor their libraries.
     */
    static String apiOnlyClassPath() {
        List<String> kept = new java.util.ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            String e = entry.replace('\\', '/');
            boolean glyphApi = e.endsWith("/api/target/classes") || e.contains("/glyph-api-");
            boolean djlApi = e.contains("/ai/djl/api/");
            boolean djlApiDependency = e.contains("/net/java/dev/jna/")
                    || e.contains("/org/apache/commons/commons-compress/")
                    || e.contains("/commons-io/")
                    || e.contains("/commons-codec/");
            if (glyphApi || djlApi || djlApiDependency) {
                kept.add(entry);
            }
        }
        if (kept.stream().noneMatch(e -> e.replace('\\', '/').contains("/ai/djl/api/"))) {
            throw new IllegalStateException("DJL's api jar is not on the test class path");
        }
        return String.join(java.io.File.pathSeparator, kept);
    }

    private static void add(JarOutputStream out, Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
                out.putNextEntry(new JarEntry(root.relativize(p).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(p));
                out.closeEntry();
            }
        }
    }
}
