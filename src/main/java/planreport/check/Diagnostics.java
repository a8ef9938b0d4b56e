package planreport.check;

import java.util.ArrayList;
import java.util.List;

/** Collects diagnostics from one run; thread-safe so checks may run on several threads. */
public final class Diagnostics {
    private final List<Diagnostic> list = new ArrayList<>();
    private int errors;
    private int warnings;

    public synchronized void add(Diagnostic d) {
        list.add(d);
        if (d.severity() == Severity.ERROR) errors++; else warnings++;
    }

    public synchronized void addAll(List<Diagnostic> ds) { for (Diagnostic d : ds) add(d); }

    public synchronized int errors() { return errors; }

    public synchronized int warnings() { return warnings; }

    /** All diagnostics in the standard order. */
    public synchronized List<Diagnostic> sorted() {
        List<Diagnostic> out = new ArrayList<>(list);
        out.sort(Diagnostic.ORDER);
        return out;
    }

    public synchronized boolean has(Code code) { return list.stream().anyMatch(d -> d.code() == code); }
}
