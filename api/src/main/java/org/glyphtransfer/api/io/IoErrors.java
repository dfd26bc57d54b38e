package org.glyphtransfer.api.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Turns a file-system {@link IOException} into the words a user needs: "permission denied",
 * "No space left on device", "Read-only file system". Java leaves the reason out of the message of
 * several {@code FileSystemException}s (the message is then just the path), and wraps others with
 * their class name; neither belongs in a one-sentence error.
 */
public final class IoErrors {
    private IoErrors() {}

    /**
     * @param e the exception
     * @return its reason, without paths, class names or line breaks
     */
    public static String reason(IOException e) {
        if (e instanceof FileSystemException) {
            String reason = ((FileSystemException) e).getReason();
            if (reason != null && !reason.isBlank()) {
                return reason;
            }
            if (e instanceof AccessDeniedException) {
                return "permission denied";
            }
            if (e instanceof NoSuchFileException) {
                return "no such file or folder";
            }
            if (e instanceof FileAlreadyExistsException) {
                // Typically a file standing where a folder has to be created.
                String file = ((FileSystemException) e).getFile();
                return file == null ? "a file of that name already exists" : "a file already exists at " + file;
            }
            if (e instanceof NotDirectoryException) {
                return "not a folder";
            }
            if (e instanceof DirectoryNotEmptyException) {
                return "the folder is not empty";
            }
            return "the file system refused";
        }
        return plainMessage(e);
    }

    /**
     * The first line of a throwable's message, without a leading class name such as
     * {@code java.io.EOFException: } that wrappers put in front.
     *
     * @param t the throwable
     * @return the message, or "no details" when it has none
     */
    public static String plainMessage(Throwable t) {
        String m = t.getMessage();
        if (m == null || m.isBlank()) {
            return "no details";
        }
        int nl = m.indexOf('\n');
        String line = (nl < 0 ? m : m.substring(0, nl)).trim();
        String stripped = line.replaceFirst("^([a-zA-Z_$][\\w$]*\\.)+[A-Z][\\w$]*(Exception|Error): *", "");
        return stripped.isEmpty() ? "no details" : stripped;
    }
}
