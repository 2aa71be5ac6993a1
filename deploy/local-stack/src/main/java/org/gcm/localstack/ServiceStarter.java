package org.gcm.localstack;

import java.net.URI;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/**
 * Starts one of the four Quarkus applications with the stack's addresses on its command line, records it in
 * {@code started}, and waits until its {@code /q/health/ready} answers 200 (or {@code abandoned} says to give up).
 */
record ServiceStarter(StackConfig config, Console console, StartedComponents started, BooleanSupplier abandoned) {

    void start(Service service) {
        String name = service.module();
        JavaCommand command = new JavaCommand().options(config.serviceJavaOptions());
        config.classArchive(service).ifPresent(archive -> command.add("-XX:SharedArchiveFile=" + archive));
        command.markedAs(config, name)
                .add("-Dquarkus.http.host=127.0.0.1")
                .add("-Dquarkus.http.port=" + config.ports().of(service))
                .add("-Dquarkus.oidc.auth-server-url=" + config.issuerUrl());
        if (service.isGateway()) {
            for (Service target : Service.values()) {
                if (!target.isGateway()) {
                    command.add("-Dgateway.routes." + target.route() + ".target=" + config.serviceUrl(target));
                }
            }
        } else {
            command.add("-Dquarkus.datasource.jdbc.url=" + config.jdbcUrl(service.database()))
                    .add("-Dquarkus.datasource.username=" + service.database())
                    .add("-Dquarkus.datasource.password=" + service.database())
                    .add("-Dkafka.bootstrap.servers=" + config.kafkaBootstrap())
                    // Each service loads its demo data (marked as such) only into empty tables.
                    .add("-D" + service.route() + ".demo-data.enabled=" + config.demoData());
        }
        // From the application's own directory, as Quarkus records the class path of its class-data archive.
        Path jar = config.serviceJar(service);
        command.add("-jar", jar.getFileName().toString());
        ChildProcess process = new ChildProcess(name, command.toList(), config.log(name), jar.getParent());
        console.progress(name, "starting on " + config.serviceUrl(service));
        long startedAt = System.nanoTime();
        started.service(service, process);
        process.launch();
        process.awaitHttpOk(URI.create(config.serviceUrl(service) + "/q/health/ready"), config.serviceReadyTimeout(),
                abandoned);
        console.progress(name, "ready in " + Console.seconds(startedAt) + " (pid " + process.pid().orElse(-1) + ")");
    }
}
