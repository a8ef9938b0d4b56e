package planreport.launcher;

/** A stand-in for plan-report's jar in {@link LauncherTest}: prints its arguments; "sleep" waits to be killed. */
public final class Probe {
    private Probe() {}

    public static void main(String[] args) throws Exception {
        System.out.println("probe " + String.join(" ", args));
        if (args.length > 0 && args[0].equals("sleep")) Thread.sleep(60_000);
        if (args.length > 0 && args[0].equals("exit3")) System.exit(3);
    }
}
