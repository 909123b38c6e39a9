package io.quorum.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CliOptionsTest {

    @Test
    void noArgumentsServesWithTheDocumentedDefaults() throws Exception {
        CliOptions options = CliOptions.parse();
        assertEquals(CliOptions.Command.SERVE, options.command());
        assertEquals(3000, options.port());
        assertEquals(Path.of(".quorum"), options.dataDir());
        assertFalse(options.inMemory());
        assertEquals("U_10BF4B46DD4811EA93476C96CFDDE73D", options.demoUserId());
        assertEquals("test_78pbttim3mykypuoswidgzor6fv1u2rj", options.demoSecretKey());
        assertEquals("quorum-local-admin-key-change-me-0001", options.adminKey());
        assertEquals(Optional.empty(), options.template());
        assertTrue(options.eventSources());
    }

    @Test
    void eventSourcesCanBeSwitchedOffForServeOnly() throws Exception {
        assertFalse(CliOptions.parse("--no-event-sources").eventSources());
        assertThrows(CliOptions.UsageException.class, () -> CliOptions.parse("invoke", "F", "e.json", "--no-event-sources"));
    }

    @Test
    void serveFlagsAcceptSpaceOrEqualsSeparatedValues() throws Exception {
        CliOptions options = CliOptions.parse("--port", "0", "--in-memory", "--template=/tmp/t.yaml", "--admin-key", "k".repeat(40));
        assertEquals(0, options.port());
        assertTrue(options.inMemory());
        assertEquals(Optional.of(Path.of("/tmp/t.yaml")), options.template());
        assertEquals("k".repeat(40), options.adminKey());
        assertEquals(EmbeddedAws.Storage.inMemory(), options.storage());
    }

    @Test
    void invokeTakesAFunctionAndAnEventFile() throws Exception {
        CliOptions options = CliOptions.parse("invoke", "CreateProjectFunction", "events/create-project.json", "--as-is", "--port", "3999");
        assertEquals(CliOptions.Command.INVOKE, options.command());
        assertEquals(List.of("CreateProjectFunction", "events/create-project.json"), options.arguments());
        assertTrue(options.asIs());
        assertEquals(3999, options.port());
    }

    @Test
    void unknownFlagOrMissingValueOrWrongArgumentCountIsAUsageError() {
        assertThrows(CliOptions.UsageException.class, () -> CliOptions.parse("--bogus"));
        assertThrows(CliOptions.UsageException.class, () -> CliOptions.parse("--port"));
        assertThrows(CliOptions.UsageException.class, () -> CliOptions.parse("--port", "70000"));
        assertThrows(CliOptions.UsageException.class, () -> CliOptions.parse("--as-is"));
        assertThrows(CliOptions.UsageException.class, () -> CliOptions.parse("invoke", "OnlyTheFunction"));
        assertThrows(CliOptions.UsageException.class, () -> CliOptions.parse("sign", "a.json", "--in-memory"));
        assertThrows(CliOptions.UsageException.class, () -> CliOptions.parse("stray"));
    }

    @Test
    void shortAdminKeyOrMalformedDemoAccountIsRefusedBeforeAnythingStarts() {
        assertThrows(CliOptions.UsageException.class, () -> CliOptions.parse("--admin-key", "short"));
        assertThrows(CliOptions.UsageException.class, () -> CliOptions.parse("--demo-user-id", "nobody"));
        assertThrows(CliOptions.UsageException.class, () -> CliOptions.parse("--demo-secret-key", "tiny"));
    }

    @Test
    void helpNeedsNoArguments() throws Exception {
        assertTrue(CliOptions.parse("invoke", "--help").help());
        assertTrue(CliOptions.usage().contains("--data-dir"));
    }
}
