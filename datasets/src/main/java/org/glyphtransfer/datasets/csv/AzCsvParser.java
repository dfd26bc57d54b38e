package org.glyphtransfer.datasets.csv;

import ai.djl.util.Progress;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.glyphtransfer.api.GlyphException;
import org.glyphtransfer.datasets.core.CountingInputStream;

/**
 * Streams the Kaggle "A–Z Handwritten Alphabets" CSV ({@code .csv} or {@code .csv.gz}): a label
 * 0–25 in column 1, then 784 pixels 0–255. A hand-written byte-level parser: values are built
 * digit by digit and written straight into byte chunks, with no String per cell, so a 700 MB file
 * loads in seconds on a small heap. A first line that is not numeric is taken as a header.
 * Every problem names the file, the line and the column (both from 1).
 */
final class AzCsvParser {
    static final int SIDE = 28;
    static final int PIXELS = SIDE * SIDE;
    static final int COLUMNS = PIXELS + 1;
    static final int LETTERS = 26;

    private final Path file;
    private final int[] remap;
    private int line = 1;

    /**
     * @param file the CSV file
     * @param remap new label of each letter 0–25, or -1 to leave its rows out
     */
    AzCsvParser(Path file, int[] remap) {
        this.file = file;
        this.remap = remap.clone();
    }

    /**
     * Parses the whole file.
     *
     * @param progress shows bytes read, or {@code null}
     * @return the kept rows, labels renumbered
     */
    CsvRows parse(Progress progress) {
        try (CountingInputStream raw = new CountingInputStream(Files.newInputStream(file));
                BufferedInputStream buffered = new BufferedInputStream(raw, 1 << 16)) {
            InputStream in = isGzip(buffered) ? new GZIPInputStream(buffered, 1 << 16) : buffered;
            if (progress != null) {
                progress.reset("Reading " + file.getFileName(), Files.size(file));
            }
            try {
                return run(in, raw, progress);
            } catch (ZipException | EOFException e) {
                String problem = e instanceof EOFException ? "ends early" : "is corrupt (" + e.getMessage() + ")";
                throw new GlyphException(
                        "Gzip file " + file + " " + problem + " at line " + line
                                + " of the CSV inside; download the file again.",
                        e);
            } finally {
                if (progress != null) {
                    progress.end();
                }
            }
        } catch (NoSuchFileException e) {
            throw new GlyphException(
                    "CSV file " + file + " does not exist; set the option 'file' to the A–Z CSV"
                            + " (.csv or .csv.gz), absolute or under the data root.",
                    e);
        } catch (IOException e) {
            throw new GlyphException("CSV file " + file + " cannot be read (" + e.getMessage() + ").", e);
        }
    }

    private static boolean isGzip(BufferedInputStream in) throws IOException {
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        return b0 == 0x1f && b1 == 0x8b;
    }

    private CsvRows run(InputStream in, CountingInputStream raw, Progress progress) throws IOException {
        CsvRows rows = new CsvRows(SIDE);
        byte[] buffer = new byte[1 << 20];
        byte[] chunk = rows.openChunk();
        int base = rows.openOffset();
        int column = 1;
        int value = 0;
        int digits = 0;
        boolean spaceAfterDigits = false;
        boolean skippingHeader = false;
        int label = -1;
        int n;
        while ((n = in.read(buffer)) > 0) {
            for (int i = 0; i < n; i++) {
                int b = buffer[i];
                if (skippingHeader) {
                    if (b == '\n') {
                        skippingHeader = false;
                        line++;
                    }
                } else if (b >= '0' && b <= '9') {
                    if (spaceAfterDigits) {
                        throw notNumber(column, ' ');
                    }
                    if (digits < 9) {
                        value = value * 10 + (b - '0');
                    }
                    digits++;
                } else if (b == ',' || b == '\n') {
                    if (b == '\n' && column == 1 && digits == 0) {
                        line++; // blank line
                        continue;
                    }
                    if (digits == 0) {
                        throw empty(column);
                    }
                    if (column == 1) {
                        label = checkLabel(value, digits);
                    } else if (column <= COLUMNS) {
                        if (value > 255 || digits > 9) {
                            throw outOfRange(column, value, digits);
                        }
                        chunk[base + column - 2] = (byte) value;
                    } else {
                        throw tooManyColumns();
                    }
                    value = 0;
                    digits = 0;
                    spaceAfterDigits = false;
                    if (b == ',') {
                        column++;
                    } else {
                        if (column != COLUMNS) {
                            throw tooFewColumns(column);
                        }
                        int newLabel = remap[label];
                        if (newLabel >= 0) {
                            rows.commit(newLabel, line);
                            chunk = rows.openChunk();
                            base = rows.openOffset();
                        }
                        column = 1;
                        line++;
                    }
                } else if (b == ' ' || b == '\t' || b == '\r') {
                    spaceAfterDigits |= digits > 0;
                } else if (line == 1 && rows.size() == 0) {
                    skippingHeader = true;
                    column = 1;
                    value = 0;
                    digits = 0;
                    spaceAfterDigits = false;
                } else {
                    throw notNumber(column, (char) (b & 0xff));
                }
            }
            if (progress != null) {
                progress.update(raw.count());
            }
        }
        if (column > 1 || digits > 0) {
            // The last line has no newline: finish it as if it had one.
            if (digits == 0) {
                throw empty(column);
            }
            if (column == 1) {
                throw tooFewColumns(column);
            }
            if (column > COLUMNS) {
                throw tooManyColumns();
            }
            if (value > 255 || digits > 9) {
                throw outOfRange(column, value, digits);
            }
            if (column != COLUMNS) {
                throw tooFewColumns(column);
            }
            chunk[base + column - 2] = (byte) value;
            int newLabel = remap[label];
            if (newLabel >= 0) {
                rows.commit(newLabel, line);
            }
        }
        return rows;
    }

    private int checkLabel(int value, int digits) {
        if (value >= LETTERS || digits > 9) {
            throw new GlyphException("CSV file " + file + " has the label " + (digits > 9 ? "(too long)" : value)
                    + " at line " + line + ", column 1, outside 0–25 (A–Z); check that this is the A–Z CSV.");
        }
        return value;
    }

    private GlyphException outOfRange(int column, int value, int digits) {
        return new GlyphException(
                "CSV file " + file + " has the pixel value " + (digits > 9 ? "(too long)" : value) + " at line " + line
                        + ", column " + column + ", outside 0–255; pixel values must be whole numbers 0–255.");
    }

    private GlyphException notNumber(int column, char c) {
        String shown = c == ' ' ? "a space inside a number" : "the character '" + c + "'";
        return new GlyphException("CSV file " + file + " has " + shown + " at line " + line + ", column " + column
                + "; every cell must be a whole number (label 0–25, then 784 pixels 0–255).");
    }

    private GlyphException empty(int column) {
        return new GlyphException("CSV file " + file + " has an empty cell at line " + line + ", column " + column
                + "; every cell must be a whole number (label 0–25, then 784 pixels 0–255).");
    }

    private GlyphException tooManyColumns() {
        return new GlyphException("CSV file " + file + " has more than " + COLUMNS + " columns at line " + line
                + "; each row must be a label and 784 pixels (785 columns).");
    }

    private GlyphException tooFewColumns(int columns) {
        return new GlyphException("CSV file " + file + " has only " + columns + " columns at line " + line + ", column "
                + columns + "; each row must be a label and 784 pixels (785 columns).");
    }
}
