package vn.thidua.testsupport;

import java.io.DataInputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.path.json.JsonPath;

/**
 * HTTP/1.1 written by hand on a socket, for requests no client library sends as they are: a URL that is not one
 * ({@code %zz}), a body announced and never sent. Reads one answer: its head, and the body its Content-Length gives.
 */
public final class RawHttp {

    private static final Pattern CONTENT_LENGTH = Pattern.compile("(?m)^content-length: *(\\d+)");

    private RawHttp() {
    }

    /** The answer: its status, its head as sent (lines and headers) and its body as text. */
    public record Answer(int status, String head, String body) {

        public String header(String name) {
            Matcher value = Pattern.compile("(?im)^" + Pattern.quote(name) + ": *([^\r\n]*)").matcher(head);
            return value.find() ? value.group(1) : null;
        }

        public JsonPath json() {
            return new JsonPath(body);
        }
    }

    /** {@code GET target} exactly as given, on a connection of its own. */
    public static Answer get(int port, String target) throws IOException {
        return send(port, "GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n\r\n");
    }

    /** Sends {@code request} (its head, and whatever of a body it holds) and reads the answer. */
    public static Answer send(int port, String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            DataInputStream in = new DataInputStream(socket.getInputStream());
            StringBuilder head = new StringBuilder();
            while (head.length() < 4 || !head.substring(head.length() - 4).equals("\r\n\r\n")) {
                head.append((char) in.readUnsignedByte());
            }
            Matcher length = CONTENT_LENGTH.matcher(head.toString().toLowerCase(Locale.ROOT));
            byte[] body = new byte[length.find() ? Integer.parseInt(length.group(1)) : 0];
            in.readFully(body);
            int status = Integer.parseInt(head.substring("HTTP/1.1 ".length(), "HTTP/1.1 ".length() + 3));
            return new Answer(status, head.toString(), new String(body, StandardCharsets.UTF_8));
        }
    }
}
