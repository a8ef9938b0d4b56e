package planreport.model;

import java.util.Map;
import java.util.TreeMap;

/** A number units report each period (members recruited…), tied to a task, with yearly targets. */
public record Indicator(String id, String name, String unit, String taskId, Map<Integer, Long> targets) {
    public Indicator { targets = java.util.Collections.unmodifiableMap(new TreeMap<>(targets)); }
}
