package planreport.cli;

import java.util.concurrent.Callable;

/**
 * A command that ends in an {@link ExitCode}, after PMD's subcommands: {@link #run()} reads as its
 * few steps and returns the enum; {@link #call()} — picocli's boundary — turns it into the int.
 */
interface Command extends Callable<Integer> {
    /** Runs the command and says how it ended. */
    ExitCode run();

    @Override
    default Integer call() { return run().code(); }
}
