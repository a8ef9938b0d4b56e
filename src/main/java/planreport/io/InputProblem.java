package planreport.io;

import java.io.IOException;
import planreport.check.Code;

/** A problem that stops reading a file part-way (bad bytes, a line too long, binary data); carries its diagnostic. */
public final class InputProblem extends IOException {
    private final Code code;
    private final long line;

    public InputProblem(Code code, long line, String message) {
        super(message);
        this.code = code;
        this.line = line;
    }

    public Code code() { return code; }

    /** 1-based line of the problem, or 0 when unknown. */
    public long line() { return line; }
}
