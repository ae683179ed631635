package org.hrcities.platform.adapter.in.web.wordpress;

/**
 * A WordPress export that cannot be read: malformed XML, a refused construct (a document type
 * declaration), or a value that is not what WordPress writes there (a post id that is not a number).
 * The message says what and where for a person ("malformed XML at line 12, column 5: ..."); {@link #line()}
 * and {@link #column()} give the place, 1-based, or -1 when the parser did not know it: just after what
 * the parser could not read, or where a refused value starts.
 */
public class WxrFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    WxrFormatException(String what, String detail, int line, int column) {
        this(what, detail, line, column, null);
    }

    WxrFormatException(String what, String detail, int line, int column, Throwable cause) {
        super(what + (line > 0 ? " at line " + line + (column > 0 ? ", column " + column : "") : "") + ": " + detail,
                cause);
        this.line = line;
        this.column = column;
    }

    /** The line where reading stopped, 1-based, or -1. */
    public int line() {
        return line;
    }

    /** The column where reading stopped, 1-based, or -1. */
    public int column() {
        return column;
    }
}
