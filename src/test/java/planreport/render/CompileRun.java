package planreport.render;

import java.io.PrintWriter;
import java.io.StringWriter;
import planreport.cli.Main;

/** Runs the command line in-process for the tests: exit status, standard output and error. */
record CompileRun(int code, String out, String err) {
    static CompileRun of(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CompileRun(code, out.toString(), err.toString());
    }
}
