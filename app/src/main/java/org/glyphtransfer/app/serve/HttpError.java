package org.glyphtransfer.app.serve;

/** A request the server refuses: the HTTP status and one sentence for the client. */
final class HttpError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    HttpError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }
}
