package io.quorum.ingest;

import io.quorum.http.FetchResult;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quorum.project.Counters;
import io.quorum.project.Project;
import io.quorum.project.ProjectId;
import io.quorum.project.ProjectSpec;
import io.quorum.sample.IngestRequest;
import io.quorum.workflow.ResourceType;
import io.quorum.sample.Sample;
import io.quorum.sample.SampleId;
import io.quorum.sample.SampleStatus;
import io.quorum.testing.Fixtures;
import io.quorum.testing.InMemoryBlobStore;
import io.quorum.testing.InMemoryProjectStore;
import io.quorum.testing.InMemorySampleStore;
import io.quorum.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IngestResourceTest {

    static final ProjectId PROJECT = new ProjectId("p1_AAAAAAAA");
    static final String URL = "https://images.example.com/cat.png";

    final MutableClock clock = new MutableClock();
    final InMemoryProjectStore projects = new InMemoryProjectStore();
    final InMemorySampleStore samples = new InMemorySampleStore(projects);
    final InMemoryBlobStore resources = new InMemoryBlobStore("resources");
    final InMemoryBlobStore uploads = new InMemoryBlobStore("uploads");
    final List<SampleId> dispatched = new ArrayList<>();
    Function<String, FetchResult> web = url -> new FetchResult.Fetched(ContentInspectorTest.image("png", 8, 6), "image/png");
    int fetches;
    Sample sample;

    @BeforeEach
    void project() {
        Project project = Project.newProject(PROJECT, Fixtures.OWNER, ProjectSpec.from(Fixtures.classification("cats")), clock.now());
        projects.create(project);
        sample = Sample.submitted(PROJECT, URL, ResourceType.IMAGE, clock.now());
        samples.addAll(project, List.of(sample), clock.now());
    }

    IngestResource ingest() {
        return new IngestResource(samples, url -> {
            fetches++;
            return web.apply(url);
        }, resources, Optional.of(uploads), new ContentInspector(), (projectId, sampleId) -> dispatched.add(sampleId),
                new IngestResource.Settings(1_000_000, 5));
    }

    IngestRequest request() {
        return new IngestRequest(Fixtures.OWNER, PROJECT, sample.id(), URL, ResourceType.IMAGE);
    }

    Sample stored() {
        return samples.find(PROJECT, sample.id()).orElseThrow();
    }

    @Test
    void aGoodResourceIsStoredRecordedAndDispatchedOnce() {
        assertEquals(IngestResource.Outcome.INGESTED, ingest().execute(request(), 1));
        String key = "resources/" + PROJECT.value() + "/" + sample.id().value();
        assertEquals("image/png", resources.get(key).orElseThrow().contentType());
        Sample ingested = stored();
        assertEquals(SampleStatus.PENDING, ingested.status());
        assertEquals(key, ingested.stored().orElseThrow().blobKey());
        assertEquals(OptionalInt.of(8), ingested.stored().orElseThrow().imageWidth());
        assertEquals(OptionalInt.of(6), ingested.stored().orElseThrow().imageHeight());
        assertEquals(List.of(sample.id()), dispatched);
    }

    /** A redelivery fetches nothing and changes nothing; it only repeats the (idempotent) hand-over to the workflow. */
    @Test
    void aRedeliveryChangesNothing() {
        ingest().execute(request(), 1);
        Sample first = stored();
        assertEquals(IngestResource.Outcome.ALREADY_DONE, ingest().execute(request(), 2));
        assertEquals(first, stored());
        assertEquals(1, fetches);
        assertEquals(List.of(sample.id(), sample.id()), dispatched);
        assertEquals(1, resources.all().size());
    }

    @Test
    void aRefusedResourceFailsTheSampleAndMovesTheCounter() {
        web = url -> new FetchResult.Refused("the server answered HTTP 404");
        assertEquals(IngestResource.Outcome.FAILED, ingest().execute(request(), 1));
        assertEquals(SampleStatus.FAILED, stored().status());
        assertEquals(Optional.of("the server answered HTTP 404"), stored().failureReason());
        assertEquals(new Counters(1, 0, 0, 0, 0, 1, 0), projects.get(PROJECT).counters());
        assertEquals(List.of(), dispatched);
        assertEquals(IngestResource.Outcome.ALREADY_DONE, ingest().execute(request(), 2));
        assertEquals(new Counters(1, 0, 0, 0, 0, 1, 0), projects.get(PROJECT).counters());
    }

    @Test
    void contentOfTheWrongKindFailsTheSample() {
        web = url -> new FetchResult.Fetched("just text".getBytes(StandardCharsets.UTF_8), "image/png");
        assertEquals(IngestResource.Outcome.FAILED, ingest().execute(request(), 1));
        assertEquals(Optional.of("the content is not a JPEG, PNG or GIF image"), stored().failureReason());
        assertTrue(resources.all().isEmpty());
    }

    @Test
    void aPassingFailureIsRetriedUntilTheLastAttempt() {
        web = url -> new FetchResult.Unavailable("timed out");
        for (int attempt = 1; attempt < 5; attempt++) {
            int current = attempt;
            assertThrows(IngestRetryException.class, () -> ingest().execute(request(), current));
            assertEquals(SampleStatus.PENDING, stored().status());
        }
        assertEquals(IngestResource.Outcome.FAILED, ingest().execute(request(), 5));
        assertEquals(Optional.of("unreachable after 5 attempts: timed out"), stored().failureReason());
        assertEquals(1, projects.get(PROJECT).counters().failed());
    }

    @Test
    void aMissingSampleIsDoneWithoutFetching() {
        IngestRequest unknown = new IngestRequest(Fixtures.OWNER, PROJECT, SampleId.forSource("https://x.example/y.png"),
                "https://x.example/y.png", ResourceType.IMAGE);
        assertEquals(IngestResource.Outcome.ALREADY_DONE, ingest().execute(unknown, 1));
        assertEquals(0, fetches);
    }

    @Test
    void anUploadIsReadFromTheUploadsBucketNotFetched() {
        UploadKey key = new UploadKey(Fixtures.OWNER, PROJECT, "cat 1.gif");
        byte[] gif = ContentInspectorTest.image("gif", 3, 4);
        uploads.put(key.key(), gif, "image/gif");
        Sample upload = new Sample(PROJECT, SampleId.forSource(key.source()), key.source(), ResourceType.IMAGE, SampleStatus.PENDING, clock.now());
        samples.addAll(projects.get(PROJECT), List.of(upload), clock.now());
        assertEquals(IngestResource.Outcome.INGESTED, ingest().execute(
                new IngestRequest(Fixtures.OWNER, PROJECT, upload.id(), key.source(), ResourceType.IMAGE), 1));
        assertEquals(0, fetches);
        assertArrayEquals(gif, resources.get(IngestResource.blobKey(PROJECT, upload.id())).orElseThrow().content());
        assertFalse(samples.find(PROJECT, upload.id()).orElseThrow().stored().isEmpty());
    }
}
