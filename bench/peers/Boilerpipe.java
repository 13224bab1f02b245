// boilerpipe ArticleExtractor over a list of pages, all loaded first. The
// extraction loop runs twice in the same JVM: the first pass is timed as a
// cold JVM, the second as a warmed-up one. Usage: java Boilerpipe LIST
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.InputSource;

public final class Boilerpipe {
  private static final boolean VERBOSE = System.getenv("PEERS_VERBOSE") != null;

  private Boilerpipe() {}

  public static void main(String[] args) throws Exception {
    List<String> paths = new ArrayList<>();
    List<byte[]> pages = new ArrayList<>();
    long bytes = 0;
    for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
      if (line.isEmpty()) {
        continue;
      }
      int tab = line.indexOf('\t');
      String path = tab < 0 ? line : line.substring(0, tab);
      byte[] data = Files.readAllBytes(Path.of(path));
      paths.add(path);
      pages.add(data);
      bytes += data.length;
    }
    pass("boilerpipe-cold", paths, pages, bytes);
    pass("boilerpipe-warm", paths, pages, bytes);
  }

  private static void pass(String name, List<String> paths, List<byte[]> pages, long bytes) {
    ArticleExtractor extractor = ArticleExtractor.INSTANCE;
    int errors = 0;
    int empty = 0;
    long t0 = System.nanoTime();
    long c0 = processCpuNanos();
    for (int i = 0; i < pages.size(); i++) {
      try {
        // Raw bytes: NekoHTML picks the encoding from the <meta> tag.
        String text = extractor.getText(new InputSource(new ByteArrayInputStream(pages.get(i))));
        if (text == null || text.isEmpty()) {
          empty++;
        }
      } catch (Exception | StackOverflowError e) {
        errors++;
        if (VERBOSE) {
          System.err.println(paths.get(i) + ": " + e);
        }
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    double cpu = (processCpuNanos() - c0) / 1e9;
    int n = pages.size();
    System.out.printf(
        java.util.Locale.ROOT,
        "%s %d %.3f %.2f %.2f errors=%d empty=%d cpu=%.3f%n",
        name, n, seconds, n / seconds, bytes / 1e6 / seconds, errors, empty, cpu);
  }

  // CPU time of the whole JVM: JIT compiler and garbage collector included.
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
