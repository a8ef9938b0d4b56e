package planreport.model;

import java.util.List;

/** An organisation the plan assigns work to; a group's members share what the group is assigned. */
public record Body(String id, String name, List<String> aliases, BodyKind kind, List<String> members) {
    public Body {
        aliases = List.copyOf(aliases);
        members = List.copyOf(members);
    }

    public boolean isGroup() { return kind == BodyKind.GROUP; }
}
