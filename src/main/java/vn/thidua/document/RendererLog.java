package vn.thidua.document;

import java.util.logging.Level;

import org.jboss.logging.Logger;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;

/**
 * openhtmltopdf's messages through the service's own logging, so that its categories ({@code com.openhtmltopdf.*})
 * obey the configuration and the log's format: its default logger prints every font load and layout at INFO to the
 * console, whatever the configuration says.
 */
final class RendererLog implements XRLogger {

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
        Logger.getLogger(where).log(map(level), message, error);
    }

    /** Levels come from the service's configuration, not from the renderer. */
    @Override
    public void setLevel(String logger, Level level) {
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return Logger.getLogger(diagnostic.getLogMessageId().getWhere()).isEnabled(map(diagnostic.getLevel()));
    }

    private static Logger.Level map(Level level) {
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            return Logger.Level.ERROR;
        }
        if (value >= Level.WARNING.intValue()) {
            return Logger.Level.WARN;
        }
        if (value >= Level.INFO.intValue()) {
            return Logger.Level.INFO;
        }
        return value >= Level.FINE.intValue() ? Logger.Level.DEBUG : Logger.Level.TRACE;
    }
}
