package planreport.model;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A measure of a task's results (plan.yaml: a task's {@code measures}, or the older top-level
 * {@code indicators}): what the units report each period as a number — conferences held, members
 * admitted — with its unit of measure, whether it is a {@link MeasureKind#FLOW flow} (summed over units
 * and periods) or a {@link MeasureKind#STOCK stock} (each unit's latest value counts), who reports it
 * ({@code reporters}: "leads", "coordinators" or body ids, groups allowed; {@link Plan#reporters}),
 * targets per year and for the term, and how an official says a figure of it ({@code phrase}, with
 * "{n}" where the number goes; null: said by name).
 */
public record Indicator(String id, String name, String unit, String taskId, Map<Integer, Long> targets, MeasureKind kind,
                        List<String> reporters, Long termTarget, String phrase) {
    /**
     * The largest count a report cell or a target may carry (a million million): far above any
     * province's figure, and low enough that a country's reports for a whole term add up exactly
     * in a long (9.2 million such values before it could overflow).
     */
    public static final long MAX_COUNT = 1_000_000_000_000L;

    /** Who reports a measure when the plan does not say: the task's leads. */
    public static final List<String> LEADS = List.of("leads");

    public Indicator {
        targets = java.util.Collections.unmodifiableMap(new TreeMap<>(targets));
        kind = kind == null ? MeasureKind.FLOW : kind;
        reporters = reporters == null || reporters.isEmpty() ? LEADS : List.copyOf(reporters);
    }

    /** A flow measure reported by the task's leads, with yearly targets only (the older {@code indicators} of plan.yaml). */
    public Indicator(String id, String name, String unit, String taskId, Map<Integer, Long> targets) {
        this(id, name, unit, taskId, targets, MeasureKind.FLOW, LEADS, null, null);
    }

    public boolean stock() { return kind == MeasureKind.STOCK; }
}
