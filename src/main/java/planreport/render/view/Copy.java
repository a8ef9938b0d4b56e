package planreport.render.view;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The views' copy of a list: unmodifiable like {@link List#copyOf}, but a null list is empty and null items are kept (text a plan may leave out). */
final class Copy {
    private Copy() {}

    static <T> List<T> of(List<T> list) {
        if (list == null) return List.of();
        for (T x : list) if (x == null) return Collections.unmodifiableList(new ArrayList<>(list)); // List.contains(null) throws on List.of
        return List.copyOf(list);
    }
}
