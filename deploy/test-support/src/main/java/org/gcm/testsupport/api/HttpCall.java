package org.gcm.testsupport.api;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * One request as the suites send it, byte for byte: path and query values are percent-encoded here (so that a NUL
 * or a slash reaches the server as the client meant it), the body is sent as given, with exactly the content type
 * given (no charset added).
 */
public record HttpCall(String method, String pathTemplate, Map<String, String> pathValues, Map<String, String> query,
        Map<String, String> headers, String contentType, byte[] body, String token) {

    private static final RestAssuredConfig EXACT = RestAssuredConfig.config()
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    public static HttpCall of(Operation operation, Baseline baseline, String token) {
        return new HttpCall(operation.method(), operation.path(), new LinkedHashMap<>(baseline.path()),
                new LinkedHashMap<>(baseline.query()), new LinkedHashMap<>(baseline.headers()), null, null, token);
    }

    public HttpCall withJson(String json) {
        return withBody("application/json", json == null ? null : json.getBytes(StandardCharsets.UTF_8));
    }

    public HttpCall withBody(String type, byte[] bytes) {
        return new HttpCall(method, pathTemplate, pathValues, query, headers, type, bytes, token);
    }

    public HttpCall withPath(String name, String value) {
        Map<String, String> values = new LinkedHashMap<>(pathValues);
        values.put(name, value);
        return new HttpCall(method, pathTemplate, values, query, headers, contentType, body, token);
    }

    public HttpCall withQuery(String name, String value) {
        Map<String, String> values = new LinkedHashMap<>(query);
        values.put(name, value);
        return new HttpCall(method, pathTemplate, pathValues, values, headers, contentType, body, token);
    }

    public HttpCall withHeader(String name, String value) {
        Map<String, String> values = new LinkedHashMap<>(headers);
        values.put(name, value);
        return new HttpCall(method, pathTemplate, pathValues, query, values, contentType, body, token);
    }

    public HttpCall withToken(String other) {
        return new HttpCall(method, pathTemplate, pathValues, query, headers, contentType, body, other);
    }

    /** The path with its parameters filled in; a parameter without a value gets {@code unknown}. */
    public String url() {
        StringBuilder url = new StringBuilder();
        String template = pathTemplate;
        int at = 0;
        while (true) {
            int open = template.indexOf('{', at);
            if (open < 0) {
                url.append(template.substring(at));
                break;
            }
            int close = template.indexOf('}', open);
            url.append(template, at, open);
            String name = template.substring(open + 1, close);
            url.append(encode(pathValues.getOrDefault(name, "unknown")));
            at = close + 1;
        }
        String separator = "?";
        for (Map.Entry<String, String> parameter : query.entrySet()) {
            url.append(separator).append(encode(parameter.getKey())).append('=').append(encode(parameter.getValue()));
            separator = "&";
        }
        return url.toString();
    }

    public Response send() {
        RequestSpecification request = given().config(EXACT).urlEncodingEnabled(false).redirects().follow(false);
        if (token != null) {
            request.auth().oauth2(token);
        }
        headers.forEach(request::header);
        if (contentType != null) {
            request.contentType(contentType);
        } else {
            // As simple clients do: no body, no Content-Type (RestAssured would add a form type to a POST).
            request.noContentType();
        }
        if (body != null) {
            request.body(body);
        }
        return request.when().request(method, url());
    }

    /** A short description for reports: method, path and the first characters of the body. */
    public String describe() {
        String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
        if (text.length() > 160) {
            text = text.substring(0, 160) + "...(" + text.length() + " chars)";
        }
        String shownUrl = url();
        if (shownUrl.length() > 160) {
            shownUrl = shownUrl.substring(0, 160) + "...";
        }
        return method + " " + shownUrl + (contentType == null ? "" : " [" + contentType + "]")
                + (text.isEmpty() ? "" : " " + text.replace("\u0000", "\\u0000"));
    }

    /** Percent-encodes every byte outside the unreserved characters of RFC 3986. */
    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
