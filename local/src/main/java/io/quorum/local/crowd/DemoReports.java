package io.quorum.local.crowd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code demo progress} and {@code demo results}: a project's counters, and its decided labels checked against the file names. */
final class DemoReports {

    /** Demo image files are named {@code 0007-cat.png}. */
    private static final Pattern DEMO_FILE = Pattern.compile("(?:.*[/:])?\\d{4}-([a-z0-9._-]+)\\.png");

    private final SignedClient customer;
    private final PrintStream out;

    DemoReports(SignedClient customer, PrintStream out) {
        this.customer = customer;
        this.out = out;
    }

    /** Prints one progress line; answers the project's status. */
    String progress(String projectId) throws IOException, InterruptedException {
        ApiAnswer answer = customer.call("/api/v1/projects/retrieveProject", DemoProject.params(projectId));
        DemoProject.expectOk("retrieveProject", answer);
        JsonNode project = answer.data().path("projectData");
        String status = project.path("projectStatus").asText();
        out.printf(Locale.ROOT, "%s  %-10s items %d: not started %d, processing %d, completed %d, failed %d; spent %s%n",
                projectId, status, project.path("projectItemQuantity").asLong(), project.path("noStartQuantity").asLong(),
                project.path("processingQuantity").asLong(), project.path("completedQuantity").asLong(),
                project.path("failedQuantity").asLong(), project.path("amountSpent").asText());
        return status;
    }

    /** Prints every sample's decided labels, and how many agree with the class in the demo file name. */
    void results(String projectId, int pageSize) throws IOException, InterruptedException {
        String cursor = null;
        long samples = 0;
        long decided = 0;
        long agreeing = 0;
        do {
            ObjectNode params = DemoProject.params(projectId);
            params.put("pageSize", pageSize);
            if (cursor != null) {
                params.put("cursor", cursor);
            }
            ApiAnswer page = customer.call("/api/v1/projects/retrieveResults", params);
            DemoProject.expectOk("retrieveResults", page);
            for (JsonNode sample : page.data().path("results")) {
                samples++;
                Optional<String> truth = classInName(sample.path("source").asText());
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-24s %-10s", shortName(sample.path("source").asText()), sample.path("status").asText()));
                for (JsonNode label : sample.path("labels")) {
                    decided++;
                    String chosen = label.path("label").path("choice").asText(null);
                    boolean agrees = truth.isPresent() && truth.get().equalsIgnoreCase(chosen);
                    if (agrees) {
                        agreeing++;
                    }
                    line.append(String.format(Locale.ROOT, " %s=%s confidence %.2f%s (%d answers)%s", label.path("nodeId").asText(),
                            label.path("label"), label.path("confidence").asDouble(), label.path("lowConfidence").asBoolean() ? " LOW" : "",
                            label.path("answers").size(), truth.isPresent() && chosen != null ? (agrees ? " ok" : " WRONG, image is " + truth.get()) : ""));
                }
                out.println(line);
            }
            JsonNode next = page.data().path("nextCursor");
            cursor = next.isTextual() ? next.asText() : null;
        } while (cursor != null);
        out.printf(Locale.ROOT, "%d samples, %d decided labels, %d agree with the class in the file name%n", samples, decided, agreeing);
    }

    static Optional<String> classInName(String source) {
        Matcher matcher = DEMO_FILE.matcher(source.toLowerCase(Locale.ROOT));
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static String shortName(String source) {
        return source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf(':')) + 1);
    }
}
