package org.glyphtransfer.spark.predict;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.api.io.UserPaths;

/**
 * The images to classify as a table of {@code (path, content)} rows: a folder searched
 * recursively for PNG, JPEG, GIF and BMP files, a glob such as {@code scans/2024-*}{@code /*.png},
 * or a Parquet table with a string {@code path} and a binary {@code content} column (the layout of
 * Spark's {@code binaryFile} source). As in Spark, files whose names start with '.' or '_' are
 * hidden and not read.
 */
final class ImageTable {
    /** Image extensions, as {@code glyph predict} takes them, in the two common spellings. */
    static final String IMAGE_FILES = "*.{png,jpg,jpeg,gif,bmp,PNG,JPG,JPEG,GIF,BMP}";

    private ImageTable() {}

    /**
     * @param spark the session
     * @param input a folder, a glob or a Parquet table
     * @return the rows and how many there are
     * @throws GlyphException when the input does not exist or holds no images
     */
    static Images read(SparkSession spark, String input) {
        boolean glob = input.chars().anyMatch(c -> "*?[{".indexOf(c) >= 0);
        boolean local = !input.matches("^[a-zA-Z][a-zA-Z0-9+.-]+:.*") || input.startsWith("file:");
        if (local && !glob && !Files.exists(Path.of(input.replaceFirst("^file:", "")))) {
            throw new GlyphException("--input " + UserPaths.show(input) + " does not exist; pass a folder of images,"
                    + " a glob or a Parquet table.");
        }
        Dataset<Row> rows;
        long count;
        if (!glob && isParquet(input)) {
            rows = spark.read().parquet(input);
            List<String> columns = Arrays.asList(rows.columns());
            if (!columns.contains("path") || !columns.contains("content")) {
                throw new GlyphException(
                        "Parquet table " + UserPaths.show(input) + " has the columns " + columns
                                + "; it needs a string 'path' and a binary 'content' column, as Spark's binaryFile source writes.");
            }
            rows = rows.select("path", "content");
            count = rows.count();
        } else {
            var reader = spark.read().format("binaryFile");
            if (!glob) {
                reader = reader.option("recursiveFileLookup", "true").option("pathGlobFilter", IMAGE_FILES);
            }
            try {
                rows = reader.load(input).select("path", "content");
            } catch (Exception e) { // Scala throws AnalysisException, a checked type, without declaring it
                if (e instanceof AnalysisException) {
                    throw new GlyphException("--input " + UserPaths.show(input)
                            + " matches no files; pass a folder of images, a glob or a Parquet table.");
                }
                throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
            }
            // binaryFile lists the files when the table is made, so this costs no reading.
            count = rows.inputFiles().length;
        }
        if (count == 0) {
            throw new GlyphException("--input " + UserPaths.show(input)
                    + " holds no PNG, JPEG, GIF or BMP files; pass a folder of images, a glob or a Parquet table.");
        }
        return new Images(rows, count);
    }

    private static boolean isParquet(String input) {
        Path path = Path.of(input.replaceFirst("^file:", ""));
        return input.endsWith(".parquet")
                || (Files.isDirectory(path) && Files.exists(path.resolve("_SUCCESS")))
                || (Files.isDirectory(path) && hasParquetParts(path));
    }

    private static boolean hasParquetParts(Path folder) {
        try (var files = Files.list(folder)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".parquet"));
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /**
     * @param rows {@code (path, content)} rows
     * @param count how many
     */
    record Images(Dataset<Row> rows, long count) {}
}
