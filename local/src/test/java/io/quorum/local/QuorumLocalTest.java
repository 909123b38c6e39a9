package io.quorum.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** invoke and sign, run in-process against the shared test stack (found through /_local/info). */
@WithLocalStack
class QuorumLocalTest {

    private static final String STALE_CREATE_PROJECT = """
            {"resource": "/api/v1/projects", "path": "/api/v1/projects", "httpMethod": "POST",
             "headers": {"Content-Type": "application/json", "Timestamp": "1000", "SignType": "md5", "RequestSign": "0000"},
             "requestContext": {"requestId": "r-1", "stage": "prod", "identity": {"sourceIp": "203.0.113.10"}},
             "body": "{\\"userId\\": \\"%s\\", \\"params\\": {\\"projectName\\": \\"invoke %s\\", \\"type\\": \\"image_classification\\", \\"instruction\\": \\"demo\\", \\"question\\": \\"cat or dog?\\", \\"taskType\\": \\"single_choice\\", \\"options\\": [{\\"value\\": \\"cat\\"}, {\\"value\\": \\"dog\\"}]}}",
             "isBase64Encoded": false}
            """;

    private static Path staleEvent(Path dir) throws IOException {
        Path file = dir.resolve("create-project.json");
        Files.writeString(file, STALE_CREATE_PROJECT.formatted(DemoAccount.DEFAULT_USER_ID, System.nanoTime()));
        return file;
    }

    private static String run(String... args) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = QuorumLocal.run(CliOptions.parse(args), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertEquals(0, status, bytes.toString(StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void runningStackIsFoundThroughLocalInfo(LocalStack stack) {
        Optional<LocalInfo> found = QuorumLocal.probeRunningStack(stack.baseUri().getPort());
        assertEquals(Optional.of(stack.info()), found);
    }

    @Test
    void invokeReSignsAStaleDemoEventAndPrintsTheHandlersAnswer(LocalStack stack, @TempDir Path dir) throws Exception {
        String output = run("invoke", "CreateProjectFunction", staleEvent(dir).toString(), "--port", Integer.toString(stack.baseUri().getPort()));
        String[] lines = output.split("\n", 2);
        assertEquals("HTTP 200", lines[0].strip(), output);
        JsonNode body = EventJson.MAPPER.readTree(lines[1]);
        assertEquals(0, body.get("code").asInt(), output);
    }

    @Test
    void invokeAsIsSendsTheStaleSignatureUnchanged(LocalStack stack, @TempDir Path dir) throws Exception {
        String output = run("invoke", "CreateProjectFunction", staleEvent(dir).toString(), "--as-is",
                "--port", Integer.toString(stack.baseUri().getPort()));
        JsonNode body = EventJson.MAPPER.readTree(output.split("\n", 2)[1]);
        assertTrue(body.get("code").asInt() != 0, output);
    }

    @Test
    void signPrintsTheEventWithAFreshSignature(@TempDir Path dir) throws Exception {
        JsonNode signed = EventJson.MAPPER.readTree(run("sign", staleEvent(dir).toString()));
        assertTrue(signed.get("headers").get("Timestamp").asLong() > System.currentTimeMillis() - 60_000);
        assertTrue(!signed.get("headers").get("RequestSign").asText().equals("0000"));
    }
}
