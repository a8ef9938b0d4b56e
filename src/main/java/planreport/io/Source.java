package planreport.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** A report input: a file, or standard input when {@code path} is null. */
public record Source(String name, Path path) {
    public InputStream open() throws IOException {
        return path == null ? System.in : Files.newInputStream(path);
    }

    public long size() {
        try {
            return path == null ? -1 : Files.size(path);
        } catch (IOException e) {
            return -1;
        }
    }
}
