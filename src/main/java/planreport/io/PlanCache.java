package planreport.io;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;
import planreport.model.Body;
import planreport.model.BodyKind;
import planreport.model.Indicator;
import planreport.model.Period;
import planreport.model.Plan;
import planreport.model.PlanInfo;
import planreport.model.Reporting;
import planreport.model.Section;
import planreport.model.Signature;
import planreport.model.Task;
import planreport.model.Timeframe;

/**
 * Plans already read, kept on disk so that a batch job does not parse the same plan.yaml again on
 * every run (parsing YAML is a fifth of a cold validate). A cache file holds the plan's exact bytes
 * and the model built from them; it is used only when the plan file's bytes are identical and the
 * file was written by this build of plan-report, and only plans read without any diagnostic are
 * kept. Anything unexpected (missing, stale, truncated, unwritable) means the plan is parsed as if
 * there were no cache. Files are written to a temporary name and moved into place.
 *
 * <p>The cache is off unless a folder is given: the {@code plan-report} launcher passes one
 * beside the jar (where its class-data archives live) through the {@code planreport.cache}
 * system property; {@code PLAN_REPORT_CACHE=off} turns it off there.
 */
public final class PlanCache {
    /** Bump when the model or this encoding changes. */
    static final int FORMAT = 1;
    /** At most this many plans are kept; writing one more removes the least recently written. */
    static final int KEEP = 16;
    private static final int MAGIC = 0x50524350; // "PRCP"

    private final Path dir;
    private final String build;

    PlanCache(Path dir, String build) {
        this.dir = dir;
        this.build = build;
    }

    /** The cache the system property names, or null when there is none. */
    static PlanCache configured() {
        String dir = System.getProperty("planreport.cache");
        if (dir == null || dir.isBlank()) return null;
        return new PlanCache(Path.of(dir), buildStamp());
    }

    /** Which build wrote a cache file: the jar's size and time, so that a rebuilt jar ignores old files. */
    private static String buildStamp() {
        try {
            var source = PlanCache.class.getProtectionDomain().getCodeSource();
            if (source == null) return "unknown";
            Path jar = Path.of(source.getLocation().toURI());
            return FORMAT + ":" + Files.size(jar) + ":" + Files.getLastModifiedTime(jar).toMillis();
        } catch (Exception e) {
            return "unknown";
        }
    }

    Path file(byte[] planBytes) {
        CRC32 crc = new CRC32();
        crc.update(planBytes);
        return dir.resolve("plan-" + Long.toHexString(crc.getValue()) + "-" + planBytes.length + ".bin");
    }

    /** The plan these bytes were read into before, or null. */
    Plan get(byte[] planBytes) {
        Path f = file(planBytes);
        if (!Files.isRegularFile(f)) return null;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(f), 1 << 16))) {
            if (in.readInt() != MAGIC || !in.readUTF().equals(build)) return null;
            byte[] stored = new byte[in.readInt()];
            in.readFully(stored);
            if (!Arrays.equals(stored, planBytes)) return null;
            return new Decoder(in).plan();
        } catch (IOException | RuntimeException e) {
            return null; // stale or damaged: parse instead
        }
    }

    /** Keeps a plan read from these bytes; best effort, silent on failure. */
    void put(byte[] planBytes, Plan plan) {
        Path f = file(planBytes);
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "plan-", ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
                out.writeInt(MAGIC);
                out.writeUTF(build);
                out.writeInt(planBytes.length);
                out.write(planBytes);
                new Encoder(out).plan(plan);
            }
            try {
                Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
            prune();
        } catch (IOException | RuntimeException e) {
            // a cache that cannot be written is no cache; the run goes on
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // nothing more to do
                }
            }
        }
    }

    /** Keeps the {@link #KEEP} most recently written plans (each edit of a plan leaves a file behind). */
    private void prune() throws IOException {
        List<Path> files;
        try (var s = Files.list(dir)) {
            files = new ArrayList<>(s.filter(p -> p.getFileName().toString().endsWith(".bin")).toList());
        }
        if (files.size() <= KEEP) return;
        Map<Path, Long> written = new java.util.HashMap<>();
        for (Path p : files) written.put(p, Files.getLastModifiedTime(p).toMillis());
        files.sort(java.util.Comparator.comparing(written::get));
        for (Path p : files.subList(0, files.size() - KEEP)) Files.deleteIfExists(p);
    }

    /** The model as a stream of values, in record component order. */
    static final class Encoder {
        private final DataOutputStream out;

        Encoder(OutputStream out) { this.out = out instanceof DataOutputStream d ? d : new DataOutputStream(out); }

        void plan(Plan p) throws IOException {
            info(p.info());
            strings(p.purposes());
            reporting(p.reporting());
            out.writeInt(p.sections().size());
            for (Section s : p.sections()) {
                str(s.id());
                str(s.title());
                tasks(s.tasks());
            }
            tasks(p.duties());
            out.writeInt(p.bodies().size());
            for (Body b : p.bodies()) {
                str(b.id());
                str(b.name());
                strings(b.aliases());
                out.writeInt(b.kind().ordinal());
                strings(b.members());
            }
            out.writeInt(p.indicators().size());
            for (Indicator i : p.indicators()) {
                str(i.id());
                str(i.name());
                str(i.unit());
                str(i.taskId());
                out.writeInt(i.targets().size());
                for (Map.Entry<Integer, Long> e : i.targets().entrySet()) {
                    out.writeInt(e.getKey());
                    out.writeLong(e.getValue());
                }
            }
            out.flush();
        }

        private void info(PlanInfo i) throws IOException {
            str(i.title());
            str(i.subject());
            str(i.number());
            date(i.date());
            str(i.parent());
            str(i.issuer());
            str(i.place());
            str(i.resolutionNumber());
            date(i.resolutionDate());
            str(i.resolutionBody());
            str(i.resolutionTitle());
            str(i.resolutionShort());
            str(i.preamble());
            signature(i.signature());
            strings(i.recipients());
            str(i.monitoringBody());
        }

        private void reporting(Reporting r) throws IOException {
            out.writeInt(r.dueDays());
            out.writeInt(r.cutoff().ordinal());
            period(r.termStart());
            period(r.termEnd());
            out.writeBoolean(r.termEndAssumed());
            Reporting.DocumentHeader d = r.document();
            out.writeBoolean(d != null);
            if (d != null) {
                str(d.parent());
                str(d.issuer());
                str(d.numberSuffix());
                signature(d.signature());
                strings(d.recipients());
            }
        }

        private void tasks(List<Task> tasks) throws IOException {
            out.writeInt(tasks.size());
            for (Task t : tasks) {
                str(t.id());
                str(t.sectionId());
                str(t.content());
                strings(t.directing());
                str(t.implementing());
                strings(t.leads());
                strings(t.coordinators());
                Timeframe tf = t.timeframe();
                out.writeInt(tf.kind().ordinal());
                date(tf.start());
                date(tf.due());
                str(tf.text());
                out.writeBoolean(t.duty());
            }
        }

        private void signature(Signature s) throws IOException {
            out.writeBoolean(s != null);
            if (s == null) return;
            str(s.authority());
            str(s.title());
            str(s.name());
        }

        private void period(Period p) throws IOException {
            out.writeInt(p.year());
            out.writeInt(p.quarter());
        }

        private void date(LocalDate d) throws IOException { out.writeLong(d == null ? Long.MIN_VALUE : d.toEpochDay()); }

        private void strings(List<String> list) throws IOException {
            out.writeInt(list.size());
            for (String s : list) str(s);
        }

        /** A string of any length (writeUTF stops at 64 KB), or null. */
        private void str(String s) throws IOException {
            if (s == null) {
                out.writeInt(-1);
                return;
            }
            byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            out.writeInt(b.length);
            out.write(b);
        }
    }

    /** Reads what {@link Encoder} wrote, through the model's own constructors. */
    static final class Decoder {
        private final DataInputStream in;

        Decoder(InputStream in) { this.in = in instanceof DataInputStream d ? d : new DataInputStream(in); }

        Plan plan() throws IOException {
            PlanInfo info = info();
            List<String> purposes = strings();
            Reporting reporting = reporting();
            int n = count();
            List<Section> sections = new ArrayList<>(n);
            for (int i = 0; i < n; i++) sections.add(new Section(str(), str(), tasks()));
            List<Task> duties = tasks();
            n = count();
            List<Body> bodies = new ArrayList<>(n);
            for (int i = 0; i < n; i++) bodies.add(new Body(str(), str(), strings(), BodyKind.values()[in.readInt()], strings()));
            n = count();
            List<Indicator> indicators = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String id = str(), name = str(), unit = str(), task = str();
                int k = count();
                Map<Integer, Long> targets = new TreeMap<>();
                for (int j = 0; j < k; j++) targets.put(in.readInt(), in.readLong());
                indicators.add(new Indicator(id, name, unit, task, targets));
            }
            if (in.read() != -1) throw new IOException("trailing bytes");
            return new Plan(info, purposes, reporting, sections, duties, bodies, indicators);
        }

        private PlanInfo info() throws IOException {
            return new PlanInfo(str(), str(), str(), date(), str(), str(), str(), str(), date(), str(), str(), str(), str(),
                    signature(), strings(), str());
        }

        private Reporting reporting() throws IOException {
            int dueDays = in.readInt();
            Reporting.Cutoff cutoff = Reporting.Cutoff.values()[in.readInt()];
            Period start = period(), end = period();
            boolean assumed = in.readBoolean();
            Reporting.DocumentHeader d = in.readBoolean() ? new Reporting.DocumentHeader(str(), str(), str(), signature(), strings()) : null;
            return new Reporting(dueDays, cutoff, start, end, assumed, d);
        }

        private List<Task> tasks() throws IOException {
            int n = count();
            List<Task> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String id = str(), section = str(), content = str();
                List<String> directing = strings();
                String implementing = str();
                List<String> leads = strings(), coordinators = strings();
                Timeframe tf = new Timeframe(Timeframe.Kind.values()[in.readInt()], date(), date(), str());
                out.add(new Task(id, section, content, directing, implementing, leads, coordinators, tf, in.readBoolean()));
            }
            return out;
        }

        private Signature signature() throws IOException { return in.readBoolean() ? new Signature(str(), str(), str()) : null; }

        private Period period() throws IOException { return new Period(in.readInt(), in.readInt()); }

        private LocalDate date() throws IOException {
            long d = in.readLong();
            return d == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(d);
        }

        private List<String> strings() throws IOException {
            int n = count();
            List<String> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) out.add(str());
            return out;
        }

        private int count() throws IOException {
            int n = in.readInt();
            if (n < 0 || n > PlanReader.MAX_BYTES) throw new IOException("bad count " + n);
            return n;
        }

        private String str() throws IOException {
            int n = in.readInt();
            if (n == -1) return null;
            if (n < 0 || n > PlanReader.MAX_BYTES) throw new IOException("bad length " + n);
            byte[] b = new byte[n];
            in.readFully(b);
            return new String(b, java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
