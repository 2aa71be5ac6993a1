package org.gcm.localstack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The command line of a Java child (Kafka, each service), built in order: the supervisor's own {@code java},
 * then options and arguments as added.
 */
final class JavaCommand {

    private final List<String> arguments = new ArrayList<>();

    JavaCommand() {
        arguments.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** JVM options as a setting holds them, separated by blanks ({@code GCM_SERVICE_JAVA_OPTS}, ...). */
    JavaCommand options(String options) {
        arguments.addAll(Arrays.stream(options.trim().split("\\s+")).filter(option -> !option.isEmpty()).toList());
        return this;
    }

    /** The marks by which {@link StackProcesses} finds the process again, also after the supervisor was killed. */
    JavaCommand markedAs(StackConfig config, String component) {
        arguments.add(StackProcesses.DATA_MARKER + config.dataDirectory());
        arguments.add(StackProcesses.COMPONENT_MARKER + component);
        return this;
    }

    JavaCommand add(String... more) {
        arguments.addAll(List.of(more));
        return this;
    }

    List<String> toList() {
        return List.copyOf(arguments);
    }
}
