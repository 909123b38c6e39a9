package io.quorum.local;

/**
 * System properties the emulators read when they start: quiet logging, and no shutdown hooks of
 * their own (EmbeddedAws stops them; a hook registered while the JVM is already shutting down
 * only produces a warning).
 *
 * <p>Logging: our SLF4J binding already prints third-party loggers at WARN only, but Pekko
 * (ElasticMQ) filters by its own configured level first, and JUL (sqlite4java) and log4j2
 * (DynamoDB Local) bypass SLF4J altogether.
 * Values already set (on the command line, say) are left alone, so anyone debugging an emulator
 * can turn its logging back on.
 */
final class EmulatorDefaults {

    // JUL holds loggers weakly: a level set on a collected logger would be lost.
    private static final java.util.logging.Logger SQLITE4JAVA = java.util.logging.Logger.getLogger("com.almworks.sqlite4java");

    private EmulatorDefaults() {
    }

    static void apply() {
        setIfAbsent("pekko.loglevel", "WARNING");
        setIfAbsent("pekko.stdout-loglevel", "WARNING");
        setIfAbsent("pekko.log-dead-letters", "off");
        setIfAbsent("pekko.log-dead-letters-during-shutdown", "off");
        setIfAbsent("pekko.coordinated-shutdown.run-by-jvm-shutdown-hook", "off");
        setIfAbsent("org.apache.logging.log4j.level", "WARN");
        setIfAbsent("log4j2.StatusLogger.level", "ERROR");
        setIfAbsent("org.eclipse.jetty.LEVEL", "WARN");
        SQLITE4JAVA.setLevel(java.util.logging.Level.WARNING);
    }

    private static void setIfAbsent(String name, String value) {
        if (System.getProperty(name) == null) {
            System.setProperty(name, value);
        }
    }
}
