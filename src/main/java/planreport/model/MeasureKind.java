package planreport.model;

/**
 * How a measure's values add up. A flow counts what happened in a period (conferences held, members
 * admitted): summed over units and periods. A stock is a level at a period's end (members in all,
 * pilot unions running): each unit's latest value counts, and the units' latest values are summed.
 */
public enum MeasureKind implements Identified {
    FLOW("flow"),
    STOCK("stock");

    private final String id;

    MeasureKind(String id) { this.id = id; }

    public String id() { return id; }

    /** The kind named {@code id} in plan.yaml, or null. */
    public static MeasureKind of(String id) {
        for (MeasureKind k : values()) if (k.id.equals(id)) return k;
        return null;
    }
}
