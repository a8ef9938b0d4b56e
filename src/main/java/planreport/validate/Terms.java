package planreport.validate;

import planreport.check.Diagnostic;
import planreport.model.Plan;

/** The plan term as a diagnostic states it: the one place "outside the plan term" is said in a report check. */
final class Terms {
    private Terms() {}

    /** A diagnostic with the term's first and last quarter, as {term_start} and {term_end}. */
    static Diagnostic outside(Diagnostic d, Plan plan) {
        return d.with("term_start", plan.reporting().termStart()).with("term_end", plan.reporting().termEnd());
    }
}
