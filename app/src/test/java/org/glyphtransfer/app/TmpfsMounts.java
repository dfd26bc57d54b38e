package org.glyphtransfer.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Small tmpfs file systems for the cases no permission bit can produce for root: a full disk
 * (ENOSPC) and a read-only file system (EROFS). Mounting needs root (CAP_SYS_ADMIN); elsewhere
 * {@link #mount} says no and those cases are skipped.
 */
final class TmpfsMounts implements AutoCloseable {
    private final List<Path> mounted = new ArrayList<>();

    /**
     * Mounts a tmpfs of 64 KiB on a new folder.
     *
     * @param dir the mount point to create
     * @param readOnly mount it read-only
     * @return true when mounted
     */
    boolean mount(Path dir, boolean readOnly) {
        if (!"root".equals(System.getProperty("user.name"))
                || !System.getProperty("os.name").startsWith("Linux")) {
            return false;
        }
        try {
            Files.createDirectories(dir);
            if (run(
                    "mount",
                    "-t",
                    "tmpfs",
                    "-o",
                    "size=64k,mode=0755" + (readOnly ? ",ro" : ""),
                    "tmpfs",
                    dir.toString())) {
                mounted.add(dir);
                return true;
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }

    @Override
    public void close() {
        for (Path dir : mounted) {
            run("umount", dir.toString());
        }
        mounted.clear();
    }

    private static boolean run(String... command) {
        try {
            Process p = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
