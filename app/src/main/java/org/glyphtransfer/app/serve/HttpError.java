package org.glyphtransfer.app.serve;

/** A request the server refuses: the HTTP status and one sentence for the client. */
final class HttpError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final boolean dropConnection;

    HttpError(int status, String message) {
        this(status, message, false);
    }

    /**
     * @param dropConnection true when request bytes are left unread that the server should not
     *     wait for: the answer is sent and the connection closed at once
     */
    HttpError(int status, String message, boolean dropConnection) {
        super(message, null, false, false);
        this.status = status;
        this.dropConnection = dropConnection;
    }

    int status() {
        return status;
    }

    boolean dropConnection() {
        return dropConnection;
    }
}
