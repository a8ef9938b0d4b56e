package planreport.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An organisation the plan assigns work to; a group's members share what the group is assigned.
 * A body may exist for part of the term only: from {@code from} (its first day, null: before the
 * term) to {@code until} (its last day, null: beyond the term); from the day after {@code until}
 * its {@code successors} take over everything it was assigned (several bodies naming one successor:
 * a merger; one body naming several: a split, each successor taking all of it).
 * {@code contact} is how to reach it (plan.yaml {@code contact:}), or null. {@code area} is the
 * local area it answers for (plan.yaml {@code area:}, a district's name: "Huyện Bình Sơn"), or null for a
 * body of the whole province: the per-area appendix sums the measures of each area's bodies.
 */
public record Body(String id, String name, List<String> aliases, BodyKind kind, List<String> members,
                   LocalDate from, LocalDate until, List<String> successors, Contact contact, String area) {
    public Body {
        aliases = List.copyOf(aliases);
        members = List.copyOf(members);
        successors = List.copyOf(successors);
    }

    /** A body that exists for the whole term, has no successors and no contact details. */
    public Body(String id, String name, List<String> aliases, BodyKind kind, List<String> members) {
        this(id, name, aliases, kind, members, null, null, List.of(), null);
    }

    /** A body of no particular area. */
    public Body(String id, String name, List<String> aliases, BodyKind kind, List<String> members,
                LocalDate from, LocalDate until, List<String> successors, Contact contact) {
        this(id, name, aliases, kind, members, from, until, successors, contact, null);
    }

    /** A body without contact details. */
    public Body(String id, String name, List<String> aliases, BodyKind kind, List<String> members,
                LocalDate from, LocalDate until, List<String> successors) {
        this(id, name, aliases, kind, members, from, until, successors, null);
    }

    public boolean isGroup() { return kind == BodyKind.GROUP; }

    /** Whether the body exists on a day: on or after {@code from}, on or before {@code until}. */
    public boolean existsOn(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (until == null || !day.isAfter(until));
    }

    /** Whether the body has ceased by a day (the day is after its last). */
    public boolean ceasedBy(LocalDate day) { return until != null && day.isAfter(until); }

    /** Whether the body has a start or an end inside time: its assignments are judged by date. */
    public boolean dated() { return from != null || until != null; }

    /** What a report may call it: its id, its name and its aliases. */
    public List<String> names() {
        List<String> all = new ArrayList<>(aliases.size() + 2);
        all.add(id);
        all.add(name);
        all.addAll(aliases);
        return all;
    }
}
