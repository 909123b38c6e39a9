package io.quorum.local.crowd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quorum.json.Json;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The README's demo, done through the public API only: create an image classification project,
 * upload generated images to presigned URLs, start it, approve it as the operator. Afterwards the
 * project is running and waits for workers.
 */
final class DemoProject {

    /** requestUploadUrls takes at most this many files per call. */
    private static final int UPLOAD_BATCH = 99;
    private static final Duration INGEST_TIMEOUT = Duration.ofSeconds(60);
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    private final HttpClient http;
    private final SignedClient customer;
    private final AdminClient admin;
    private final PrintStream out;

    DemoProject(HttpClient http, SignedClient customer, AdminClient admin, PrintStream out) {
        this.http = http;
        this.customer = customer;
        this.admin = admin;
        this.out = out;
    }

    /** Runs every step; answers the running project's id. */
    String run(DemoImages images, int count, int repetition) throws IOException, InterruptedException {
        String projectId = create(images.classes(), repetition);
        out.println("1. created project " + projectId + " (image_classification, single_choice: " + String.join(", ", images.classes()) + ")");
        upload(projectId, images.images(count));
        out.println("2. uploaded " + count + " PNG images to their presigned URLs");
        awaitSamples(projectId, count);
        out.println("3. all " + count + " images are samples of the project");
        expectOk("alterState start", customer.call("/api/v1/projects/alterState", params(projectId).put("type", "start")));
        out.println("4. started: the project waits for the operator's review");
        out.println("5. approved by the operator: the project is " + admin.approve(projectId));
        return projectId;
    }

    private String create(List<String> classes, int repetition) throws IOException, InterruptedException {
        ObjectNode params = Json.object();
        params.put("projectName", "crowd demo " + LocalDateTime.now().format(NAME_TIME) + " " + Long.toString(System.nanoTime() % 46_656, 36));
        params.put("type", "image_classification");
        params.put("instruction", "Pick the class the image shows; the background colour gives it away.");
        params.put("question", "Which class is this image?");
        params.put("taskType", "single_choice");
        ArrayNode options = params.putArray("options");
        classes.forEach(name -> options.addObject().put("value", name));
        if (repetition > 0) {
            params.put("repetition", repetition);
        }
        ApiAnswer created = customer.call("/api/v1/projects", params);
        expectOk("create project", created);
        return created.data().path("projectId").asText();
    }

    private void upload(String projectId, List<DemoImage> images) throws IOException, InterruptedException {
        for (int from = 0; from < images.size(); from += UPLOAD_BATCH) {
            List<DemoImage> batch = images.subList(from, Math.min(images.size(), from + UPLOAD_BATCH));
            ObjectNode params = params(projectId);
            ArrayNode files = params.putArray("files");
            batch.forEach(image -> files.addObject().put("name", image.fileName()).put("contentType", "image/png"));
            ApiAnswer urls = customer.call("/api/v1/projects/requestUploadUrls", params);
            expectOk("requestUploadUrls", urls);
            List<JsonNode> uploads = new ArrayList<>();
            urls.data().path("uploads").forEach(uploads::add);
            if (uploads.size() != batch.size()) {
                throw new IllegalStateException("requestUploadUrls answered " + uploads.size() + " URLs for " + batch.size() + " files");
            }
            for (int i = 0; i < batch.size(); i++) {
                put(uploads.get(i), batch.get(i).png());
            }
        }
    }

    private void put(JsonNode upload, byte[] png) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(upload.path("uploadURL").asText()))
                .timeout(SignedClient.REQUEST_TIMEOUT)
                .header("Content-Type", upload.path("contentType").asText("image/png"))
                .method(upload.path("method").asText("PUT"), HttpRequest.BodyPublishers.ofByteArray(png))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new ApiException(response.statusCode(), "uploading " + upload.path("name").asText() + " answered HTTP "
                    + response.statusCode() + ": " + SignedClient.abbreviate(response.body()));
        }
    }

    /** Uploads become samples asynchronously (S3 event, then ingestion); start refuses a project without them. */
    private void awaitSamples(String projectId, int count) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + INGEST_TIMEOUT.toNanos();
        long items = 0;
        while (System.nanoTime() < deadline) {
            ApiAnswer project = customer.call("/api/v1/projects/retrieveProject", params(projectId));
            expectOk("retrieveProject", project);
            items = project.data().path("projectData").path("projectItemQuantity").asLong();
            if (items >= count) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("after " + INGEST_TIMEOUT.toSeconds() + " s the project has " + items + " of " + count
                + " samples; does this stack turn uploads into samples?");
    }

    static ObjectNode params(String projectId) {
        ObjectNode params = Json.object();
        params.put("projectId", projectId);
        return params;
    }

    static void expectOk(String step, ApiAnswer answer) {
        if (!answer.ok()) {
            throw new IllegalStateException(step + " answered code " + answer.code() + ": " + answer.error());
        }
    }
}
