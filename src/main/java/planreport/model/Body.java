package planreport.model;

import java.util.ArrayList;
import java.util.List;

/**
 * An organisation the plan assigns work to; a group's members share what the group is assigned.
 * {@code contact} is how to reach it (plan.yaml {@code contact:}), or null.
 */
public record Body(String id, String name, List<String> aliases, BodyKind kind, List<String> members, Contact contact) {
    public Body {
        aliases = List.copyOf(aliases);
        members = List.copyOf(members);
    }

    /** A body without contact details. */
    public Body(String id, String name, List<String> aliases, BodyKind kind, List<String> members) {
        this(id, name, aliases, kind, members, null);
    }

    public boolean isGroup() { return kind == BodyKind.GROUP; }

    /** What a report may call it: its id, its name and its aliases. */
    public List<String> names() {
        List<String> all = new ArrayList<>(aliases.size() + 2);
        all.add(id);
        all.add(name);
        all.addAll(aliases);
        return all;
    }
}
