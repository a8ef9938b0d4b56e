package planreport.model;

/** A closed value with a stable id (an enum of the model): what JSON and the catalogue's keys write for it. */
public interface Identified {
    /** The id in JSON and in the catalogue's keys ({@code done_on_time}, {@code summary}). */
    String id();
}
