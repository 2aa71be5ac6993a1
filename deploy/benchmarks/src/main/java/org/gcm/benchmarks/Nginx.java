package org.gcm.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.gcm.infrastructure.net.Ports;

/**
 * nginx (Debian's package) as the plain reverse proxy users would otherwise put in front of a service: one
 * location, pooled keep-alive connections to the upstream (as the gateway pools its own), an access log like the
 * gateway's, and nothing else. It runs as a child of the harness, with its files under the work directory.
 */
final class Nginx implements AutoCloseable {

    private final Process process;
    final int port;

    private Nginx(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static Nginx proxy(String prefix, int upstreamPort, Path workDirectory) throws IOException, InterruptedException {
        Path home = Files.createDirectories(workDirectory.resolve("nginx"));
        int port = Ports.freePort();
        String configuration = """
                worker_processes 2;
                daemon off;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 1024; }
                http {
                    access_log %1$s/access.log;
                    client_body_temp_path %1$s/client-body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    upstream service { server 127.0.0.1:%2$d; keepalive 64; }
                    server {
                        listen 127.0.0.1:%3$d;
                        location %4$s/ {
                            proxy_pass http://service/;
                            proxy_http_version 1.1;
                            proxy_set_header Connection "";
                        }
                    }
                }
                """.formatted(home, upstreamPort, port, prefix);
        Path file = home.resolve("nginx.conf");
        Files.writeString(file, configuration);
        Process process = new ProcessBuilder(List.of("nginx", "-p", home.toString(), "-e", home.resolve("error.log").toString(),
                "-c", file.toString())).redirectErrorStream(true).redirectOutput(home.resolve("nginx.out").toFile()).start();
        for (int attempt = 0; attempt < 50 && !listening(port); attempt++) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx did not start: see " + home.resolve("nginx.out"));
            }
            Thread.sleep(100);
        }
        return new Nginx(process, port);
    }

    private static boolean listening(int port) {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy(); // SIGTERM: nginx's fast shutdown
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
