package org.hrcities.platform.application.port.in.migration;

/**
 * An export that cannot be read: not well-formed, or not an export of a known kind. Says where, when
 * the reader knows: line and column (1-based), or 0 when unknown.
 */
public class ExportUnreadableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    public ExportUnreadableException(String message, int line, int column, Throwable cause) {
        super(message, cause);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
