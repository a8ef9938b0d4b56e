package planreport.model;

import java.util.Map;
import java.util.TreeMap;

/** A number units report each period (members recruited…), tied to a task, with yearly targets. */
public record Indicator(String id, String name, String unit, String taskId, Map<Integer, Long> targets) {
    /**
     * The largest count a report cell or a target may carry (a million million): far above any
     * province's figure, and low enough that a country's reports for a whole term add up exactly
     * in a long (9.2 million such values before it could overflow).
     */
    public static final long MAX_COUNT = 1_000_000_000_000L;

    public Indicator { targets = java.util.Collections.unmodifiableMap(new TreeMap<>(targets)); }
}
