package planreport.io;

import java.io.ByteArrayOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Random edits of a valid input: deletions, insertions of tricky fragments, duplicated spans, flipped bytes, truncation. */
final class Mutations {
    private Mutations() {}

    /** The shipped plan's text, the base the plan's mutations start from. */
    static String shippedPlan() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("plan.yaml"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private record Edit(int kind, int at, int length, int fragment, int value) {}

    static Arbitrary<byte[]> of(byte[] base, byte[][] fragments) {
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, Integer.MAX_VALUE),
                Arbitraries.integers().between(1, 64), Arbitraries.integers().between(0, fragments.length - 1),
                Arbitraries.integers().between(0, 255)).as(Edit::new);
        return edit.list().ofMinSize(1).ofMaxSize(8).map(edits -> {
            byte[] b = base;
            for (Edit e : edits) b = apply(b, e, fragments);
            return b;
        });
    }

    private static byte[] apply(byte[] b, Edit e, byte[][] fragments) {
        int at = b.length == 0 ? 0 : e.at() % (b.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + 64);
        switch (e.kind()) {
            case 0 -> { // delete a span
                out.write(b, 0, at);
                int end = Math.min(b.length, at + e.length());
                out.write(b, end, b.length - end);
            }
            case 1 -> { // insert a fragment
                out.write(b, 0, at);
                out.writeBytes(fragments[e.fragment()]);
                out.write(b, at, b.length - at);
            }
            case 2 -> { // duplicate a span in place
                int end = Math.min(b.length, at + e.length() * 4);
                out.write(b, 0, end);
                out.write(b, at, end - at);
                out.write(b, end, b.length - end);
            }
            case 3 -> { // flip a byte
                out.writeBytes(b);
                if (b.length > 0) {
                    byte[] c = out.toByteArray();
                    c[Math.min(at, c.length - 1)] = (byte) e.value();
                    return c;
                }
            }
            default -> out.write(b, 0, at); // truncate
        }
        return out.toByteArray();
    }
}
