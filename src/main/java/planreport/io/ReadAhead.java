package planreport.io;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.Reader;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Decodes ahead on its own thread: a large report spends a third of its reading time turning bytes
 * into checked characters, which can overlap the CSV parsing. The characters, and a reading problem
 * at the point it occurs, reach the reader exactly as the wrapped reader would deliver them; at most
 * {@link #DEPTH} chunks are held, so memory stays flat.
 */
final class ReadAhead extends Reader {
    static final int CHUNK = 1 << 16;
    static final int DEPTH = 4;

    private record Chunk(char[] chars, int length) {}

    private record Failure(Throwable error) {}

    private static final Object EOF = new Object();

    private final Reader source;
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(DEPTH);
    /** Chunks read to the end, for the decoder to fill again (a 420 MB file was 840 MB of new arrays). */
    private final BlockingQueue<char[]> spent = new ArrayBlockingQueue<>(DEPTH + 2);
    private final Thread thread;
    private char[] current = new char[0];
    private int pos;
    private int limit;
    private Object end;

    ReadAhead(Reader source) {
        this.source = source;
        this.thread = new Thread(this::decode, "plan-report-decoder");
        thread.setDaemon(true);
        thread.start();
    }

    private void decode() {
        try {
            try {
                while (true) {
                    char[] buf = spent.poll();
                    if (buf == null) buf = new char[CHUNK];
                    int n = source.read(buf, 0, CHUNK);
                    if (n < 0) break;
                    if (n > 0) queue.put(new Chunk(buf, n));
                }
                queue.put(EOF);
            } catch (IOException | RuntimeException | Error e) {
                queue.put(new Failure(e));
            }
        } catch (InterruptedException e) {
            // closed before the end: nobody reads on
        }
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) return 0;
        while (pos == limit) {
            if (end != null) return fail();
            Object item;
            try {
                item = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted");
            }
            if (item instanceof Chunk c) {
                if (current.length == CHUNK) spent.offer(current); // copied out: the decoder may fill it again
                current = c.chars();
                pos = 0;
                limit = c.length();
            } else {
                end = item;
            }
        }
        int n = Math.min(len, limit - pos);
        System.arraycopy(current, pos, cbuf, off, n);
        pos += n;
        return n;
    }

    private int fail() throws IOException {
        if (end == EOF) return -1;
        Throwable t = ((Failure) end).error();
        if (t instanceof IOException e) throw e;
        if (t instanceof RuntimeException e) throw e;
        throw (Error) t;
    }

    @Override
    public void close() throws IOException {
        thread.interrupt(); // a file channel read gives way to the interrupt; the thread then ends
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        source.close();
    }
}
