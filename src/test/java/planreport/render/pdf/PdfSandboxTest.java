package planreport.render.pdf;

import planreport.render.pdf.PdfResources;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import planreport.cli.CliRun;
import planreport.cli.ExitCode;

/**
 * Issue 14, break 9: a custom template or style sheet cannot make the PDF renderer read a local
 * file outside the templates folder or fetch anything from the network. A local HTTP server
 * counts the requests that reach it: none may. Each refusal is a diagnostic naming the reference,
 * and nothing is written.
 */
class PdfSandboxTest {
    private static HttpServer server;
    private static final List<String> REQUESTS = Collections.synchronizedList(new ArrayList<>());
    private static String base;

    /** One transparent pixel, as PNG. */
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    @BeforeAll
    static void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            REQUESTS.add(exchange.getRequestURI().toString());
            byte[] body = exchange.getRequestURI().getPath().endsWith(".png") ? PNG : "body { color: red }".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stop() { server.stop(0); }

    /** Each way a template can name a resource, pointed outside: the network or a file elsewhere. */
    static List<String[]> escapes() {
        String b = "http://127.0.0.1:PORT";
        return List.of(
                new String[] {"css-import", "", "@import url(\"" + b + "/import.css\");", b + "/import.css"},
                new String[] {"css-background", "", "body { background-image: url(\"" + b + "/bg.png\"); background-repeat: no-repeat; }", b + "/bg.png"},
                new String[] {"css-font-face", "", "@font-face { font-family: X; src: url(\"" + b + "/font.ttf\"); } body { font-family: X; }", b + "/font.ttf"},
                new String[] {"img-http", "<img src=\"" + b + "/img.png\"/>", "", b + "/img.png"},
                new String[] {"link-http", "<link rel=\"stylesheet\" type=\"text/css\" href=\"" + b + "/link.css\"/>", "", b + "/link.css"},
                new String[] {"link-etc-passwd", "<link rel=\"stylesheet\" type=\"text/css\" href=\"file:///etc/passwd\"/>", "", "file:///etc/passwd"},
                new String[] {"img-etc-passwd", "<img src=\"file:///etc/passwd\"/>", "", "file:///etc/passwd"},
                new String[] {"img-relative-escape", "<img src=\"../outside.png\"/>", "", "../outside.png"},
                new String[] {"img-svg", "<img src=\"data:image/svg+xml;base64,PHN2Zy8+\"/>", "", "data:image/svg+xml;base64,PHN2Zy8+"},
                new String[] {"doctype-http", "DOCTYPE", "", b + "/x.dtd"});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("escapes")
    void aReferenceOutsideTheTemplatesFolderIsRefusedAndNothingIsFetched(String name, String head, String css, String reference,
                                                                       @TempDir Path dir) throws Exception {
        Path templates = dir.resolve("templates"), out = dir.resolve("out");
        Files.createDirectories(templates);
        Files.write(dir.resolve("outside.png"), PNG);
        String port = Integer.toString(server.getAddress().getPort());
        write(templates, head.replace("PORT", port), css.replace("PORT", port));
        reference = reference.replace("PORT", port);
        REQUESTS.clear();
        CliRun r = compile(templates, out);
        assertEquals(List.of(), REQUESTS, name + ": the renderer reached the network");
        assertEquals(ExitCode.USAGE, r.exit(), r.output());
        assertTrue(r.err().contains("input") && r.err().contains(reference), name + ": the diagnostic names " + reference + ":\n" + r.err());
        assertFalse(Files.exists(out) && Files.list(out).findAny().isPresent(), name + ": nothing is written");
    }

    /** The templates folder's own files (and data: images) are what a custom template may use. */
    @Test
    void theTemplatesFolderOwnFilesAndDataUrisAreLoaded(@TempDir Path dir) throws Exception {
        Path templates = dir.resolve("templates"), out = dir.resolve("out");
        Files.createDirectories(templates);
        Files.write(templates.resolve("logo.png"), PNG);
        Files.writeString(templates.resolve("extra.css"), "p { margin-top: 0 }");
        write(templates, "<link rel=\"stylesheet\" type=\"text/css\" href=\"extra.css\"/>",
                "body { background-image: url(\"data:image/png;base64," + Base64.getEncoder().encodeToString(PNG) + "\"); background-repeat: no-repeat; }");
        Files.writeString(templates.resolve("report.ftlx"), Files.readString(templates.resolve("report.ftlx"))
                .replace("<body>", "<body><p><img src=\"logo.png\"/></p>"));
        REQUESTS.clear();
        CliRun r = compile(templates, out);
        assertEquals(ExitCode.OK, r.exit(), r.output());
        assertTrue(Files.size(out.resolve("bao-cao-so-ket-2022-Q2.pdf")) > 1000);
        assertEquals(List.of(), REQUESTS);
    }

    /** The packaged templates load nothing at all, and a custom one with no reference renders as before. */
    @Test
    void allowedNothingWithoutATemplatesFolder() {
        var device = new org.xhtmlrenderer.pdf.ITextOutputDevice(26.666666f);
        PdfResources none = new PdfResources(device, 20, null);
        assertFalse(none.allowed("file:///etc/passwd"));
        assertFalse(none.allowed(base + "/x.css"));
        assertTrue(none.allowed("data:image/png;base64,AAAA"));
        assertFalse(none.allowed("data:image/svg+xml;base64,AAAA"));
        assertFalse(none.allowed("jar:file:/x.jar!/a.css"));
    }

    /** A report.ftlx that is the packaged one with {@code head} in its head (or a DOCTYPE line), and report.css with {@code css} first. */
    private static void write(Path templates, String head, String css) throws Exception {
        String ftlx = Files.readString(Path.of("templates/report.ftlx"));
        if (head.equals("DOCTYPE")) {
            int nl = ftlx.indexOf('\n');
            ftlx = ftlx.substring(0, nl + 1) + "<!DOCTYPE html SYSTEM \"" + base + "/x.dtd\">\n" + ftlx.substring(nl + 1);
        } else if (head.startsWith("<img")) {
            ftlx = ftlx.replace("<body>", "<body><p>" + head + "</p>");
        } else {
            ftlx = ftlx.replace("</head>", head + "\n</head>");
        }
        Files.writeString(templates.resolve("report.ftlx"), ftlx);
        Files.writeString(templates.resolve("report.css"), css + "\n" + Files.readString(Path.of("templates/report.css")));
    }

    private static CliRun compile(Path templates, Path out) {
        return CliRun.of("compile", "--as-of", "2022-07-25", "--kind", "summary", "--period", "2022-Q2", "--format", "pdf",
                "--templates", templates.toString(), "--out", out.toString(), "src/test/resources/compile/sample");
    }
}
