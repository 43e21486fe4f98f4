package vn.thidua.document;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** The media types of printed documents and how they are sent: as attachments with an ASCII file name. */
public final class Documents {

    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** A file to send: its bytes and the name to save it under. */
    public record File(byte[] content, String name) {
    }

    private Documents() {
    }

    static Response attachment(File file, String mediaType) {
        return Response.ok(file.content(), mediaType)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.name() + "\"").build();
    }
}
