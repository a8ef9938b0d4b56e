package planreport.check;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * Collects diagnostics from one run; thread-safe so checks may run on several threads. Its memory
 * does not grow with their number: it counts every diagnostic, but keeps only the first
 * {@link #KEEP} of each code in the standard order ({@link Diagnostic#ORDER}, whatever order they
 * came in, so a run keeps the same ones every time). A hundred thousand rows with one error each
 * cost the same memory as a thousand.
 *
 * <p>A command that needs every finding, not only those of the kept diagnostics (remind: every
 * missing or late report and overdue task becomes a line of a letter), gives a listener that hears
 * the typed {@link Finding} of each diagnostic that carries one as it is added
 * ({@link #Diagnostics(Consumer)}); it keeps what it needs of them, and validate, which has none,
 * keeps its bounded memory.
 */
public final class Diagnostics {
    /** How many diagnostics of one code are kept (and listed by JSON output); the rest are only counted. */
    public static final int KEEP = 1000;

    private final int keep;
    private final Consumer<Finding> listener;
    /** Per code, the kept ones as a max-heap: its head is the last in order, the first to go when a smaller one comes. */
    private final Map<Code, PriorityQueue<Diagnostic>> kept = new EnumMap<>(Code.class);
    private final Map<Code, long[]> counts = new EnumMap<>(Code.class);
    private long errors;
    private long warnings;

    public Diagnostics() { this(KEEP); }

    /** Keeping at most {@code keep} of each code. */
    public Diagnostics(int keep) { this(keep, null); }

    /**
     * Keeping the first {@link #KEEP} of each code, and passing the finding of every diagnostic that
     * carries one ({@link Diagnostic#finding()}) to {@code listener} as it is added (under this
     * object's lock, so the listener needs none of its own). Diagnostics only counted by another
     * collector ({@link #addAll(Diagnostics)}) are not heard.
     */
    public Diagnostics(Consumer<Finding> listener) { this(KEEP, listener); }

    private Diagnostics(int keep, Consumer<Finding> listener) {
        if (keep < 1) throw new IllegalArgumentException("keep " + keep);
        this.keep = keep;
        this.listener = listener;
    }

    public synchronized void add(Diagnostic d) {
        if (d.severity() == Severity.ERROR) errors++; else warnings++;
        if (listener != null && d.finding() != null) listener.accept(d.finding());
        counts.computeIfAbsent(d.code(), c -> new long[1])[0]++;
        PriorityQueue<Diagnostic> q = kept.computeIfAbsent(d.code(), c -> new PriorityQueue<>(Diagnostic.ORDER.reversed()));
        if (q.size() < keep) {
            q.add(d);
        } else if (Diagnostic.ORDER.compare(d, q.peek()) < 0) {
            q.poll();
            q.add(d);
        }
    }

    public synchronized void addAll(List<Diagnostic> ds) { for (Diagnostic d : ds) add(d); }

    /**
     * A finding heard by the listener without a diagnostic of its own (one diagnostic words several
     * findings: a late file's rows, each a late report of its task, are one late-report).
     */
    public synchronized void finding(Finding f) {
        if (listener != null && f != null) listener.accept(f);
    }

    /** Every diagnostic {@code other} found: the ones it kept, and the count of those it only counted. */
    public void addAll(Diagnostics other) {
        List<Diagnostic> theirs;
        Map<Code, Long> omitted = new EnumMap<>(Code.class);
        synchronized (other) {
            theirs = other.sorted();
            for (Code c : other.counts.keySet()) if (other.omitted(c) > 0) omitted.put(c, other.omitted(c));
        }
        synchronized (this) {
            for (Diagnostic d : theirs) add(d);
            for (var e : omitted.entrySet()) {
                counts.computeIfAbsent(e.getKey(), c -> new long[1])[0] += e.getValue();
                if (e.getKey().severity() == Severity.ERROR) errors += e.getValue(); else warnings += e.getValue();
            }
        }
    }

    /** Every error found (kept or only counted), capped at Integer.MAX_VALUE. */
    public synchronized int errors() { return (int) Math.min(Integer.MAX_VALUE, errors); }

    public synchronized int warnings() { return (int) Math.min(Integer.MAX_VALUE, warnings); }

    /** How many diagnostics of {@code code} were found, kept or not. */
    public synchronized long count(Code code) {
        long[] n = counts.get(code);
        return n == null ? 0 : n[0];
    }

    /** How many of {@code code} were only counted, not kept. */
    public synchronized long omitted(Code code) {
        PriorityQueue<Diagnostic> q = kept.get(code);
        return count(code) - (q == null ? 0 : q.size());
    }

    /** The kept diagnostics (all of them, up to {@link #KEEP} of each code) in the standard order. */
    public synchronized List<Diagnostic> sorted() {
        List<Diagnostic> out = new ArrayList<>();
        for (PriorityQueue<Diagnostic> q : kept.values()) out.addAll(q);
        out.sort(Diagnostic.ORDER);
        return out;
    }

    public synchronized boolean has(Code code) { return count(code) > 0; }
}
