package io.quorum.local;

import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What {@code serve} prints once ready. It deliberately shows the demo credentials and the admin
 * key: they are local, made up, and the reason a developer starts the stack.
 */
final class Banner {

    private Banner() {
    }

    static void print(PrintStream out, SamTemplate template, ApiGatewayEmulator api, EmbeddedAws aws, Optional<EventSources> eventSources,
            DemoAccount demo, CliOptions options, long readyMillis) {
        Endpoints endpoints = aws.endpoints();
        StringBuilder text = new StringBuilder();
        text.append('\n').append("Quorum local stack ready in ").append(readyMillis).append(" ms\n\n");
        line(text, "API", api.apiUrl() + "   (routes from template.yaml; " + ApiGatewayEmulator.LOCAL_INFO_PATH + " describes the stack)");
        line(text, "DynamoDB", endpoints.dynamoDb().toString());
        line(text, "SQS", endpoints.sqs().toString());
        line(text, "S3", endpoints.s3() + "   (path-style; access key test, secret test, region " + LocalNames.REGION + ")");
        line(text, "Data", options.inMemory()
                ? "in memory: gone when the stack stops"
                : options.dataDir().toAbsolutePath().normalize() + "   (tables and objects; queued messages are not kept)");
        text.append('\n');
        line(text, "Demo userId", demo.userId());
        line(text, "Demo secretKey", demo.secretKey());
        line(text, "Admin key", options.adminKey() + "   (header X-Admin-Key)");
        text.append('\n').append("Routes:\n");
        for (ApiRoute route : template.apiRoutes()) {
            text.append("  ").append(String.format("%-6s %-36s", route.method(), route.path()))
                    .append(route.functionLogicalId()).append('\n');
        }
        text.append('\n').append("Event sources:");
        List<String> sources = eventSources.map(EventSources::describe).orElse(List.of());
        if (eventSources.isEmpty()) {
            text.append(" off (--no-event-sources)\n");
        } else if (sources.isEmpty()) {
            text.append(" none in the template\n");
        } else {
            text.append('\n');
            sources.forEach(source -> text.append("  ").append(source).append('\n'));
        }
        text.append('\n').append("Create a project (signed now, valid for 5 minutes):\n");
        text.append(DemoRequest.createProject(api.apiUrl(), demo, Instant.now()).curl()).append("\n\n");
        text.append("Ctrl-C stops the stack.\n");
        out.print(text);
        out.flush();
    }

    private static void line(StringBuilder text, String label, String value) {
        text.append("  ").append(String.format("%-16s", label)).append(value).append('\n');
    }
}
