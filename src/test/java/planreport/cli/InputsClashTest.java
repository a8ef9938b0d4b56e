package planreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which input an output would overwrite, each file looked at once ({@link Common.Inputs}): the same
 * answer as comparing every output with every input ({@link Common#same}), for files that are there,
 * files that are not, a second name of a file (a hard link), a symbolic link, a dangling link and
 * paths written two ways.
 */
class InputsClashTest {

    @Test
    void findsTheInputThatComparingEveryPairFinds(@TempDir Path dir) throws IOException {
        Path a = Files.writeString(dir.resolve("a.csv"), "a");
        Path b = Files.writeString(dir.resolve("b.csv"), "b");
        Path plan = Files.writeString(dir.resolve("plan.yaml"), "plan");
        Files.createDirectories(dir.resolve("sub"));
        Path hard = dir.resolve("sub/hard.csv");
        Files.createLink(hard, b);
        Path soft = Files.createSymbolicLink(dir.resolve("soft.csv"), a);
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.csv"), dir.resolve("nowhere.csv"));
        Path missing = dir.resolve("missing.csv");
        Path twoWays = dir.resolve("sub/../a.csv");

        List<Path> inputs = List.of(plan, b, missing, a, hard, dangling, missing);
        List<Path> targets = new ArrayList<>(List.of(a, b, plan, hard, soft, dangling, missing, twoWays,
                dir.resolve("out.md"), dir.resolve("sub/out.pdf"), dir.resolve("nowhere.csv"), dir.resolve("sub/../missing.csv")));
        for (Path p : List.copyOf(targets)) targets.add(p.toAbsolutePath().normalize()); // and each written whole
        targets.add(dir.relativize(a)); // relative: the working folder is not the temp folder, so another file

        Common.Inputs read = new Common.Inputs(inputs);
        for (Path target : targets) {
            Path expected = null;
            for (Path in : inputs) {
                if (Common.same(target, in)) {
                    expected = in;
                    break;
                }
            }
            assertEquals(expected, read.clashing(target), target.toString());
        }
        assertEquals(a, read.clashing(soft), "a link to an input is that input");
        assertEquals(b, read.clashing(hard), "a second name of an input: the first input it is");
        assertEquals(missing, read.clashing(dir.resolve("sub/../missing.csv")), "an input not there: by its path");
        assertNull(read.clashing(dir.resolve("out.md")));
    }
}
