import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The floor that validate's parser sets, measured beside the anchors: Commons CSV (the project's CSV
 * library, which the issue keeps) reading the same report CSV with the format validate uses, the file
 * cut at record boundaries into one piece a thread, and nothing done with the records but to count
 * them and their characters. No check, no plan: what validate cannot go below with this parser on
 * these cores. Run from the benchmark only, never shipped: {@code java -cp plan-report.jar:classes
 * CsvFloor FILE [THREADS]}. Prints the records and characters read.
 */
public final class CsvFloor {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        long[] cuts = cuts(file, threads);
        long[] records = new long[threads], chars = new long[threads];
        Thread[] ts = new Thread[threads];
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).setTrim(false).get();
        for (int t = 0; t < threads; t++) {
            int k = t;
            ts[t] = new Thread(() -> {
                try (FileChannel ch = FileChannel.open(file)) {
                    ch.position(cuts[k]);
                    InputStream in = new Bounded(Channels.newInputStream(ch), cuts[k + 1] - cuts[k]);
                    try (CSVParser p = CSVParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8), format)) {
                        for (CSVRecord r : p) {
                            records[k]++;
                            for (int i = 0; i < r.size(); i++) chars[k] += r.get(i).length();
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            ts[t].start();
        }
        long r = 0, c = 0;
        for (int t = 0; t < threads; t++) {
            ts[t].join();
            r += records[t];
            c += chars[t];
        }
        System.out.println(r + " records, " + c + " characters");
    }

    /** Where each piece starts: after a line break outside quotes, at or after an equal share of the bytes (found by counting quotes from the start). */
    static long[] cuts(Path file, int threads) throws IOException {
        try (FileChannel ch = FileChannel.open(file)) {
            long size = ch.size();
            long[] cuts = new long[threads + 1];
            cuts[threads] = size;
            ByteBuffer buf = ByteBuffer.allocate(1 << 20);
            byte[] b = buf.array();
            boolean quoted = false;
            int k = 1;
            long at = 0;
            for (int n; k < threads && (n = ch.read(buf.clear())) > 0; at += n) {
                for (int i = 0; i < n && k < threads; i++) {
                    if (b[i] == '"') quoted = !quoted;
                    else if (b[i] == '\n' && !quoted && at + i >= size * k / threads) cuts[k++] = at + i + 1;
                }
            }
            for (; k < threads; k++) cuts[k] = size;
            return cuts;
        }
    }

    private static final class Bounded extends FilterInputStream {
        private long left;

        Bounded(InputStream in, long n) {
            super(in);
            left = n;
        }

        @Override public int read() throws IOException {
            if (left <= 0) return -1;
            int x = super.read();
            if (x >= 0) left--;
            return x;
        }

        @Override public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) return -1;
            int n = super.read(b, off, (int) Math.min(len, left));
            if (n > 0) left -= n;
            return n;
        }
    }
}
