package io.quorum.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quorum.error.DomainException;
import io.quorum.error.Failure;
import io.quorum.project.Project;
import io.quorum.project.ProjectId;
import io.quorum.project.ProjectSpec;
import io.quorum.project.ProjectStatus;
import io.quorum.sample.Sample;
import io.quorum.sample.SampleStatus;
import io.quorum.testing.Fixtures;
import io.quorum.testing.InMemoryBlobStore;
import io.quorum.testing.InMemoryProjectStore;
import io.quorum.testing.InMemorySampleStore;
import io.quorum.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** requestUploadUrls and the upload trigger's use case, with in-memory stores. */
class UploadsTest {

    static final ProjectId PROJECT = new ProjectId("p1_BBBBBBBB");

    final MutableClock clock = new MutableClock();
    final InMemoryProjectStore projects = new InMemoryProjectStore();
    final InMemorySampleStore samples = new InMemorySampleStore(projects);
    final InMemoryBlobStore uploads = new InMemoryBlobStore("uploads");
    final InMemoryBlobStore resources = new InMemoryBlobStore("resources");
    int dispatched;

    @BeforeEach
    void project() {
        projects.create(Project.newProject(PROJECT, Fixtures.OWNER, ProjectSpec.from(Fixtures.classification("cats")), clock.now()));
    }

    RequestUploadUrls.Receipt request(String projectId, RequestUploadUrls.File... files) {
        return new RequestUploadUrls(projects, uploads, clock).execute(new RequestUploadUrls.Command(Fixtures.OWNER, projectId, List.of(files)));
    }

    RegisterUpload register() {
        IngestResource ingest = new IngestResource(samples, url -> {
            throw new AssertionError("uploads are never fetched");
        }, resources, Optional.of(uploads), new ContentInspector(), (p, s) -> dispatched++, new IngestResource.Settings(1_000_000, 5));
        return new RegisterUpload(projects, samples, ingest, clock);
    }

    @Test
    void grantsOnePutUrlPerFileUnderTheOwnersProjectPrefixForFifteenMinutes() {
        RequestUploadUrls.Receipt receipt = request(PROJECT.value(), new RequestUploadUrls.File("cat 1.png", "image/png"),
                new RequestUploadUrls.File("dog.jpg", "image/jpeg"));
        assertEquals(2, receipt.uploads().size());
        RequestUploadUrls.Upload first = receipt.uploads().get(0);
        assertEquals("uploads/" + Fixtures.OWNER.value() + "/" + PROJECT.value() + "/cat 1.png", first.key());
        assertEquals(clock.now().plusSeconds(900), first.expiresAt());
        assertTrue(first.url().toString().contains("method=PUT&contentType=image%2Fpng&validity=900"), first.url().toString());
    }

    @Test
    void refusesBadRequestsWithTheSubmitResourceCodes() {
        assertEquals(Failure.INVALID_PARAMETER, assertThrows(DomainException.class,
                () -> request(PROJECT.value(), new RequestUploadUrls.File(".hidden", "image/png"))).failure());
        assertEquals(Failure.INVALID_PARAMETER, assertThrows(DomainException.class,
                () -> request(PROJECT.value(), new RequestUploadUrls.File("a/b.png", "image/png"))).failure());
        assertEquals(Failure.INVALID_PARAMETER, assertThrows(DomainException.class,
                () -> request(PROJECT.value(), new RequestUploadUrls.File("a.mp4", "video/mp4"))).failure());
        assertEquals(Failure.INVALID_PARAMETER, assertThrows(DomainException.class, () -> request(PROJECT.value(),
                IntStream.range(0, 100).mapToObj(i -> new RequestUploadUrls.File(i + ".png", "image/png")).toArray(RequestUploadUrls.File[]::new))).failure());
        assertEquals(Failure.RESOURCE_INVALID, assertThrows(DomainException.class,
                () -> request(PROJECT.value(), new RequestUploadUrls.File("a.txt", "text/plain"))).failure());
        assertEquals(Failure.PROJECT_NOT_FOUND, assertThrows(DomainException.class,
                () -> request("p9_ZZZZZZZZ", new RequestUploadUrls.File("a.png", "image/png"))).failure());
        projects.save(projects.get(PROJECT).withStatus(ProjectStatus.CHECKING, clock.now()));
        assertEquals(Failure.UPLOADS_CLOSED, assertThrows(DomainException.class,
                () -> request(PROJECT.value(), new RequestUploadUrls.File("a.png", "image/png"))).failure());
    }

    @Test
    void anUploadBecomesOneIngestedSampleHoweverOftenItsEventArrives() {
        String key = "uploads/" + Fixtures.OWNER.value() + "/" + PROJECT.value() + "/cat.png";
        uploads.put(key, ContentInspectorTest.image("png", 5, 9), "image/png");
        assertEquals(RegisterUpload.Outcome.INGESTED, register().execute(key));
        assertEquals(RegisterUpload.Outcome.ALREADY_DONE, register().execute(key));
        List<Sample> all = samples.all(PROJECT);
        assertEquals(1, all.size());
        assertEquals("upload:cat.png", all.get(0).source());
        assertEquals(9, all.get(0).stored().orElseThrow().imageHeight().getAsInt());
        assertEquals(1, projects.get(PROJECT).counters().items());
    }

    @Test
    void aBadUploadBecomesAFailedSample() {
        String key = "uploads/" + Fixtures.OWNER.value() + "/" + PROJECT.value() + "/fake.png";
        uploads.put(key, "not a picture".getBytes(StandardCharsets.UTF_8), "image/png");
        assertEquals(RegisterUpload.Outcome.FAILED, register().execute(key));
        assertEquals(SampleStatus.FAILED, samples.all(PROJECT).get(0).status());
        assertEquals(1, projects.get(PROJECT).counters().failed());
    }

    @Test
    void objectsThatFitNoProjectAreIgnored() {
        for (String key : List.of("elsewhere/x.png", "uploads/" + Fixtures.OTHER_OWNER.value() + "/" + PROJECT.value() + "/x.png",
                "uploads/" + Fixtures.OWNER.value() + "/p9_ZZZZZZZZ/x.png", "uploads/" + Fixtures.OWNER.value() + "/" + PROJECT.value() + "/.x")) {
            uploads.put(key, ContentInspectorTest.image("png", 1, 1), "image/png");
            assertEquals(RegisterUpload.Outcome.IGNORED, register().execute(key), key);
        }
        assertTrue(samples.all(PROJECT).isEmpty());
    }
}
