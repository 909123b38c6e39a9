package io.quorum.local.crowd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrowdCliTest {

    private record Run(int status, String out, String err) {
    }

    private static Run run(String command, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = CrowdCli.run(command, List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void demoImagesWritesReadableFilesNamedByClass(@TempDir Path dir) throws Exception {
        Run run = run("demo-images", "--count", "5", "--classes", "cat,dog,bird", "--out", dir.toString(), "--seed", "9");
        assertEquals(0, run.status(), run.err());
        try (var files = Files.list(dir)) {
            assertEquals(List.of("0000-cat.png", "0001-dog.png", "0002-bird.png", "0003-cat.png", "0004-dog.png"),
                    files.map(file -> file.getFileName().toString()).sorted().toList());
        }
        byte[] png = Files.readAllBytes(dir.resolve("0002-bird.png"));
        assertEquals(2, GroundTruth.read(Images.decode(png).orElseThrow(), List.of("cat", "dog", "bird")).orElseThrow().classIndex());
    }

    @Test
    void crowdRunsAgainstTheGivenApiAndPrintsItsSummary() throws Exception {
        try (FakeWorkerApi api = new FakeWorkerApi()) {
            api.add(FakeWorkerApi.demoTasks(8, List.of("single_choice", "stroke"), List.of("cat", "dog"), 7));
            Run run = run("crowd", "--api", api.baseUri().toString(), "--admin-key", FakeWorkerApi.ADMIN_KEY,
                    "--workers", "2", "--accuracies", "1,0.9", "--until-idle", "1", "--seed", "5");
            assertEquals(0, run.status(), run.err());
            assertTrue(run.out().contains("Crowd finished (idle): 8 judgments"), run.out());
            assertEquals(8, api.accepted().size());
        }
    }

    @Test
    void badCommandLinesExitWithTwoAndSayWhy() {
        Run noOut = run("demo-images", "--count", "3");
        assertEquals(2, noOut.status());
        assertTrue(noOut.err().contains("--out DIR is required"), noOut.err());
        assertEquals(2, run("crowd", "--workers", "0").status());
        assertEquals(2, run("crowd", "--accuracy", "0.9", "--accuracies", "0.9").status());
        assertEquals(2, run("demo-images", "--out", "x", "--classes", "a,b,c,d,e,f,g,h,i,j,k,l,m").status());
        assertEquals(2, run("crowd", "--colour", "blue").status());
    }

    @Test
    void resultsReadTheClassFromDemoFileNames() {
        assertEquals(Optional.of("cat"), DemoReports.classInName("upload:0007-cat.png"));
        assertEquals(Optional.of("cat"), DemoReports.classInName("uploads/U_1/p1_x/0007-cat.png"));
        assertEquals(Optional.of("big_dog"), DemoReports.classInName("0012-big_dog.png"));
        assertEquals(Optional.empty(), DemoReports.classInName("https://images.example.com/cat.jpg"));
    }
}
