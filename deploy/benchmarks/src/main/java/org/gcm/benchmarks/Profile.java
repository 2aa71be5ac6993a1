package org.gcm.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * A Java Flight Recorder profile of one service while a measurement runs, taken with {@code jcmd} and read with the
 * JDK's own JFR API: where the CPU samples fall, by the method on top of the stack (self time) and by the first
 * method of this project's code on the stack (what our code spends, callees included).
 */
final class Profile {

    private static final String OWN_CODE = "org.gcm.";

    private final Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    private final Component component;
    private final Path file;
    private final String name;

    private Profile(Component component, Path file, String name) {
        this.component = component;
        this.file = file;
        this.name = name;
    }

    /** The methods with the most samples, and the share of all samples each has. */
    record Hotspots(int samples, List<String> self, List<String> ownCode) {
    }

    static Profile start(Component component, Path workDirectory, String phase) throws IOException, InterruptedException {
        Path file = Files.createDirectories(workDirectory.resolve("profiles")).resolve(phase + "-" + component.name + ".jfr");
        Profile profile = new Profile(component, file, "bench-" + phase);
        profile.jcmd("JFR.start", "name=" + profile.name, "settings=profile");
        return profile;
    }

    Hotspots stop(int top) throws IOException, InterruptedException {
        jcmd("JFR.stop", "name=" + name, "filename=" + file);
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> own = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            samples++;
            self.merge(method(frames.get(0)), 1, Integer::sum);
            frames.stream().map(Profile::method).filter(m -> m.startsWith(OWN_CODE)).findFirst()
                    .ifPresent(m -> own.merge(m, 1, Integer::sum));
        }
        return new Hotspots(samples, ranked(self, samples, top), ranked(own, samples, top));
    }

    private static List<String> ranked(Map<String, Integer> counts, int samples, int top) {
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        return entries.stream().limit(top)
                .map(e -> String.format(java.util.Locale.ROOT, "%s %.0f%%", e.getKey(), 100.0 * e.getValue() / samples))
                .toList();
    }

    private static String method(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private void jcmd(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(jcmd.toString(), String.valueOf(component.pid())));
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + String.join(" ", command) + " failed on " + component.name + ": " + output);
        }
    }
}
