package app.herold.channels.facebook;

import app.herold.channels.common.StandInServer.Received;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads a multipart/form-data body (RFC 7578) as the stand-in's {@code /photos} receives it. */
final class StandInMultipart {

    record Part(String name, String fileName, byte[] content) {
        String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    private StandInMultipart() {
    }

    static Map<String, Part> parse(Received request) {
        String contentType = request.header("Content-Type");
        Map<String, Part> parts = new LinkedHashMap<>();
        if (contentType == null || !contentType.contains("boundary=")) {
            return parts;
        }
        String boundary = "--" + contentType.substring(contentType.indexOf("boundary=") + "boundary=".length()).strip();
        // ISO-8859-1 maps every byte to one char, so the picture's bytes survive the split unchanged.
        String body = new String(request.body(), StandardCharsets.ISO_8859_1);
        for (String chunk : body.split(java.util.regex.Pattern.quote(boundary))) {
            int headerEnd = chunk.indexOf("\r\n\r\n");
            if (headerEnd < 0) {
                continue;
            }
            String headers = chunk.substring(0, headerEnd);
            String content = chunk.substring(headerEnd + 4);
            if (content.endsWith("\r\n")) {
                content = content.substring(0, content.length() - 2);
            }
            String name = attribute(headers, "name");
            if (name != null) {
                byte[] bytes = content.getBytes(StandardCharsets.ISO_8859_1);
                parts.put(name, new Part(name, attribute(headers, "filename"), Arrays.copyOf(bytes, bytes.length)));
            }
        }
        return parts;
    }

    private static String attribute(String headers, String attribute) {
        String marker = " " + attribute + "=\"";
        int start = headers.indexOf(marker);
        if (start < 0) {
            marker = ";" + attribute + "=\"";
            start = headers.indexOf(marker);
        }
        if (start < 0) {
            return null;
        }
        int valueStart = start + marker.length();
        return headers.substring(valueStart, headers.indexOf('"', valueStart));
    }
}
