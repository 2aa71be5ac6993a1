package org.gcm.writeguards;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class BodyReadAheadTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void theBodyIsInMemoryBeforeTheResourceMethodRuns() {
        given().contentType(ContentType.JSON).body("{\"text\": \"seed grant\"}")
                .when().post("/echo")
                .then().statusCode(200)
                .body("text", equalTo("seed grant"))
                .body("readAhead", equalTo(true))
                .body("bytes", equalTo(22));
    }

    @Test
    void aChunkedBodyThatArrivesInPiecesIsReadWhole() throws Exception {
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(chunkedHeaders().getBytes(StandardCharsets.US_ASCII));
            out.write(chunk("{\"text\": \"peer "));
            out.flush();
            Thread.sleep(300);
            out.write(chunk("exchange\"}"));
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = new String(socket.getInputStream().readNBytes(400), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
            assertTrue(answer.contains("\"text\":\"peer exchange\""), answer);
            assertTrue(answer.contains("\"readAhead\":true"), answer);
        }
    }

    @Test
    void aPostWithoutABodyIsAnsweredAtOnce() throws Exception {
        // Neither Content-Length nor Transfer-Encoding: HTTP/1.1 says there is no body. Nothing must wait for one.
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /echo/optional HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            socket.setSoTimeout(5000);
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
            assertTrue(answer.contains("\"bytes\":0"), answer);
        }
    }

    @Test
    void aBodyThatIsNotJsonIsAProblemBeforeItIsParsed() {
        // Read ahead, a multipart upload used to be refused by the body handler with a 400 that was no problem.
        given().multiPart("file", "note.txt", "seed grant".getBytes(StandardCharsets.UTF_8))
                .when().post("/echo").then().statusCode(415)
                .contentType("application/problem+json")
                .body("detail", containsString("multipart/form-data"))
                .body("detail", containsString("takes application/json"));
        given().contentType(ContentType.URLENC).formParam("text", "seed grant")
                .when().post("/echo").then().statusCode(415)
                .contentType("application/problem+json");
        given().contentType(ContentType.TEXT).body("{\"text\": \"seed grant\"}")
                .when().post("/echo").then().statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void aBodyTheHttpLayerCannotDecodeIsAProblem() throws Exception {
        // The body handler decodes a form before any resource runs, and refuses this one; the answer is still the
        // resource's: a body of a type it does not take.
        String body = "text=%zz";
        try (Socket socket = connect()) {
            socket.getOutputStream().write(("POST /echo HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length()
                    + "\r\nConnection: close\r\n\r\n" + body).getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 415"), answer);
            assertTrue(answer.toLowerCase().contains("content-type: application/problem+json"), answer);
            assertTrue(answer.contains("Content-Type application/x-www-form-urlencoded is not accepted"), answer);
        }
    }

    @Test
    void aChunkedBodyPastTheLimitIsRefusedWith413() throws Exception {
        // quarkus.http.limits.max-body-size is 64K in this test application; no Content-Length announces the size.
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(chunkedHeaders().getBytes(StandardCharsets.US_ASCII));
            byte[] filler = ("\"" + "x".repeat(8 * 1024) + "\",").getBytes(StandardCharsets.US_ASCII);
            out.write(chunk("{\"text\": [".getBytes(StandardCharsets.US_ASCII)));
            try {
                for (int i = 0; i < 12; i++) {
                    out.write(chunk(filler));
                }
                out.flush();
            } catch (IOException closedEarly) {
                // the server may answer and close before the rest is written
            }
            String answer = readUntilQuiet(socket);
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.contains("content-type: application/problem+json"), answer);
            assertTrue(answer.contains("\"status\":413"), answer);
        }
    }

    /** What the server sent until it closed the connection or went quiet for a second. */
    private static String readUntilQuiet(Socket socket) throws IOException {
        socket.setSoTimeout(1000);
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[1024];
        try {
            for (int n; (n = socket.getInputStream().read(buffer)) > 0;) {
                received.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException quiet) {
            // the answer is complete; the server kept the connection open
        }
        return received.toString(StandardCharsets.UTF_8);
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket(root.getHost(), root.getPort());
        socket.setSoTimeout(10_000);
        return socket;
    }

    private static String chunkedHeaders() {
        return "POST /echo HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n";
    }

    private static byte[] chunk(String text) {
        return chunk(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] chunk(byte[] data) {
        byte[] head = (Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] whole = new byte[head.length + data.length + 2];
        System.arraycopy(head, 0, whole, 0, head.length);
        System.arraycopy(data, 0, whole, head.length, data.length);
        whole[whole.length - 2] = '\r';
        whole[whole.length - 1] = '\n';
        return whole;
    }
}
