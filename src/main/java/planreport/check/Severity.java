package planreport.check;

/** Errors fail a run (exit 1); warnings only under --strict. */
public enum Severity {
    ERROR, WARNING;

    public String id() { return name().toLowerCase(java.util.Locale.ROOT); }
}
