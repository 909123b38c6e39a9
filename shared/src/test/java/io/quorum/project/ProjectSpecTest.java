package io.quorum.project;

import io.quorum.workflow.ProjectType;
import io.quorum.workflow.TaskType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quorum.testing.Fixtures;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProjectSpecTest {

    private static ProjectDraft classification(String question, List<String> options) {
        return new ProjectDraft("cats", "image_classification", "single_choice", null, question, null, options);
    }

    private static ProjectDraft frame(String objectMarked, List<String> options) {
        return new ProjectDraft("cars", "image_stroke", "stroke", null, null, objectMarked, options);
    }

    /** The problems ProjectSpec.from lists for {@code draft}; fails when the draft is valid. */
    private static List<String> problems(ProjectDraft draft) {
        return assertThrows(InvalidProjectSpecException.class, () -> ProjectSpec.from(draft)).problems();
    }

    private static void assertOnlyProblem(ProjectDraft draft, String fragment) {
        List<String> problems = problems(draft);
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).contains(fragment), () -> "expected \"" + fragment + "\" in " + problems);
    }

    // ---- valid specs ---------------------------------------------------------------------------

    @Test
    void specsClassificationExampleIsValid() {
        ProjectSpec spec = ProjectSpec.from(Fixtures.classification("api test project"));
        assertEquals("api test project", spec.name());
        assertEquals(ProjectType.IMAGE_CLASSIFICATION, spec.type());
        assertEquals(TaskType.SINGLE_CHOICE, spec.taskType());
        assertEquals("demo for test", spec.instruction());
        assertEquals("Is the creature in the picture a cat or a dog", spec.question());
        assertEquals("", spec.objectMarked());
        assertEquals(List.of("cat", "dog", "unknown"), spec.options());
    }

    @Test
    void frameSelectionProjectIsValid() {
        ProjectSpec spec = ProjectSpec.from(Fixtures.frame("boxes"));
        assertEquals(ProjectType.IMAGE_RECTANGLE_FRAME_SELECT, spec.type());
        assertEquals(TaskType.RECTANGLE_FRAME_SELECT, spec.taskType());
        assertEquals("car", spec.objectMarked());
        assertEquals(List.of(), spec.options());
        assertEquals("", spec.question());
    }

    @ParameterizedTest
    @CsvSource({
            "image_classification, single_choice",
            "image_classification, multiple_choice",
            "text_classification, single_choice",
            "text_classification, multiple_choice"})
    void everyClassificationTaskTypeFitsEveryClassificationType(String type, String taskType) {
        ProjectSpec spec = ProjectSpec.from(new ProjectDraft("n", type, taskType, null, "q?", null, List.of("a", "b")));
        assertEquals(type, spec.type().wireName());
        assertEquals(taskType, spec.taskType().wireName());
    }

    @ParameterizedTest
    @CsvSource({
            "image_rectangle_frame_select, rectangle_frame_select",
            "image_rectangle_frame_select, free_point",
            "image_rectangle_frame_select, stroke",
            "image_rectangle_frame_select, cube_circle",
            "image_stroke, rectangle_frame_select",
            "image_stroke, free_point",
            "image_stroke, stroke",
            "image_stroke, cube_circle"})
    void everyFrameTaskTypeFitsEveryFrameType(String type, String taskType) {
        ProjectSpec spec = ProjectSpec.from(new ProjectDraft("n", type, taskType, null, null, "car", null));
        assertEquals(taskType, spec.taskType().wireName());
    }

    @Test
    void nameIsStrippedOfSurroundingWhitespace() {
        assertEquals("cats", ProjectSpec.from(Fixtures.classification("  cats \t")).name());
    }

    @Test
    void toDraftRoundTrips() {
        ProjectSpec spec = ProjectSpec.from(Fixtures.classification("cats"));
        assertEquals(spec, ProjectSpec.from(spec.toDraft()));
    }

    // ---- rules ---------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({
            "image_classification, stroke",
            "image_classification, rectangle_frame_select",
            "text_classification, cube_circle",
            "image_rectangle_frame_select, single_choice",
            "image_stroke, multiple_choice"})
    void taskTypeThatDoesNotFitTheTypeIsAProblem(String type, String taskType) {
        ProjectDraft draft = new ProjectDraft("n", type, taskType, null, "q?", "car", List.of("a", "b"));
        List<String> problems = problems(draft);
        assertTrue(problems.stream().anyMatch(p -> p.contains("does not fit type " + type)), problems::toString);
    }

    @Test
    void classificationWithoutQuestionIsAProblem() {
        assertOnlyProblem(classification(null, List.of("a", "b")), "question is required");
        assertOnlyProblem(classification("   ", List.of("a", "b")), "question is required");
    }

    @Test
    void classificationWithFewerThanTwoOptionsIsAProblem() {
        assertOnlyProblem(classification("q?", List.of("only")), "options must hold 2 to 100");
        assertOnlyProblem(classification("q?", List.of()), "options must hold 2 to 100");
        assertOnlyProblem(classification("q?", null), "options must hold 2 to 100");
    }

    @Test
    void classificationWithMoreThanAHundredOptionsIsAProblem() {
        List<String> many = IntStream.rangeClosed(1, 101).mapToObj(i -> "o" + i).toList();
        assertOnlyProblem(classification("q?", many), "options must hold 2 to 100");
        ProjectSpec.from(classification("q?", many.subList(0, 100)));
    }

    @Test
    void duplicateOptionIsAProblem() {
        assertOnlyProblem(classification("q?", List.of("cat", "dog", "cat")), "option \"cat\" appears twice");
    }

    @Test
    void blankOptionIsAProblem() {
        assertOnlyProblem(classification("q?", List.of("cat", " ", "dog")), "non-blank value");
        assertOnlyProblem(classification("q?", List.of("cat", "", "dog")), "non-blank value");
    }

    @Test
    void optionsOnAFrameProjectAreAProblem() {
        assertOnlyProblem(frame("car", List.of("a", "b")), "options apply to classification projects only");
    }

    @Test
    void frameProjectWithoutObjectMarkedIsAProblem() {
        assertOnlyProblem(frame(null, null), "objectMarked is required");
        assertOnlyProblem(frame(" ", null), "objectMarked is required");
    }

    @Test
    void objectMarkedOnAClassificationProjectIsAProblem() {
        ProjectDraft draft = new ProjectDraft("cats", "image_classification", "single_choice", null, "q?", "car", List.of("a", "b"));
        assertOnlyProblem(draft, "objectMarked applies to frame selection projects only");
    }

    @Test
    void nameLongerThan128CharactersIsAProblem() {
        assertOnlyProblem(Fixtures.classification("n".repeat(129)), "projectName must have at most 128");
        assertEquals(128, ProjectSpec.from(Fixtures.classification("n".repeat(128))).name().length());
    }

    @Test
    void instructionLongerThanTenThousandCharactersIsAProblem() {
        ProjectDraft draft = new ProjectDraft("n", "image_classification", "single_choice", "i".repeat(10_001), "q?", null,
                List.of("a", "b"));
        assertOnlyProblem(draft, "instruction must have at most 10000");
        ProjectSpec.from(new ProjectDraft("n", "image_classification", "single_choice", "i".repeat(10_000), "q?", null,
                List.of("a", "b")));
    }

    @Test
    void questionLongerThanAThousandCharactersIsAProblem() {
        assertOnlyProblem(classification("q".repeat(1_001), List.of("a", "b")), "question must have at most 1000");
        ProjectSpec.from(classification("q".repeat(1_000), List.of("a", "b")));
    }

    @Test
    void objectMarkedLongerThanTwoHundredCharactersIsAProblem() {
        assertOnlyProblem(frame("c".repeat(201), null), "objectMarked must have at most 200");
        ProjectSpec.from(frame("c".repeat(200), null));
    }

    @Test
    void optionLongerThanTwoHundredCharactersIsAProblem() {
        assertOnlyProblem(classification("q?", List.of("a", "o".repeat(201))), "option values must have at most 200");
        ProjectSpec.from(classification("q?", List.of("a", "o".repeat(200))));
    }

    @Test
    void unknownTypeIsAProblem() {
        ProjectDraft draft = new ProjectDraft("n", "video_classification", "single_choice", null, "q?", null, List.of("a", "b"));
        assertOnlyProblem(draft, "type must be one of image_classification");
    }

    @Test
    void unknownTaskTypeIsAProblem() {
        ProjectDraft draft = new ProjectDraft("n", "image_classification", "Single_Choice", null, "q?", null, List.of("a", "b"));
        assertOnlyProblem(draft, "taskType must be one of single_choice");
    }

    @Test
    void missingNameTypeAndTaskTypeAreListedTogether() {
        List<String> problems = problems(new ProjectDraft(" ", null, null, null, null, null, null));
        assertEquals(List.of("projectName is required", "type is required", "taskType is required"), problems);
    }

    @Test
    void allProblemsOfAConfigurationAreListedTogether() {
        // A frame project that gets almost everything wrong: each rule reports, none hides another.
        ProjectDraft draft = new ProjectDraft("n".repeat(129), "image_rectangle_frame_select", "single_choice",
                "i".repeat(10_001), "q".repeat(1_001), null, List.of("a", "b", "a"));
        List<String> problems = problems(draft);
        List<String> expectedFragments = List.of(
                "projectName must have at most 128",
                "does not fit type image_rectangle_frame_select",
                "instruction must have at most 10000",
                "question must have at most 1000",
                "objectMarked is required",
                "options apply to classification projects only");
        for (String fragment : expectedFragments) {
            assertTrue(problems.stream().anyMatch(p -> p.contains(fragment)), () -> "missing \"" + fragment + "\" in " + problems);
        }
        assertEquals(expectedFragments.size(), problems.size(), problems::toString);
    }

    @Test
    void allOptionProblemsOfAClassificationAreListedTogether() {
        List<String> problems = problems(classification(null, List.of("cat", "cat", "", "o".repeat(201))));
        assertTrue(problems.contains("question is required for classification projects"), problems::toString);
        assertTrue(problems.contains("option \"cat\" appears twice"), problems::toString);
        assertTrue(problems.contains("every option needs a non-blank value"), problems::toString);
        assertTrue(problems.contains("option values must have at most 200 characters"), problems::toString);
        assertEquals(4, problems.size(), problems::toString);
    }

    @Test
    void exceptionMessageJoinsEveryProblem() {
        InvalidProjectSpecException invalid = assertThrows(InvalidProjectSpecException.class,
                () -> ProjectSpec.from(classification(null, List.of("x"))));
        assertEquals(String.join("; ", invalid.problems()), invalid.getMessage());
        assertEquals(2, invalid.problems().size());
    }

    @Test
    void problemsListCannotBeModified() {
        List<String> problems = problems(classification(null, List.of("x")));
        assertThrows(UnsupportedOperationException.class, () -> Collections.addAll(problems, "more"));
    }

    // ---- ProjectDraft --------------------------------------------------------------------------

    @Test
    void overlayKeepsEveryFieldTheChangesLeaveAbsent() {
        ProjectDraft base = Fixtures.classification("cats");
        ProjectDraft changes = new ProjectDraft(null, null, null, "new instruction", null, null, null);
        ProjectDraft merged = base.overlay(changes);
        assertEquals(new ProjectDraft("cats", "image_classification", "single_choice", "new instruction",
                "Is the creature in the picture a cat or a dog", null, List.of("cat", "dog", "unknown")), merged);
    }

    @Test
    void overlayReplacesEveryFieldTheChangesCarry() {
        ProjectDraft base = Fixtures.classification("cats");
        ProjectDraft changes = new ProjectDraft("boxes", "image_stroke", "stroke", "i2", "q2", "car", List.of());
        assertEquals(changes, base.overlay(changes));
    }

    @Test
    void overlayTakesEmptyValuesAsChanges() {
        ProjectDraft base = Fixtures.frame("boxes");
        ProjectDraft merged = base.overlay(new ProjectDraft(null, null, null, "", null, "", List.of()));
        assertEquals("", merged.instruction());
        assertEquals("", merged.objectMarked());
        assertEquals(List.of(), merged.options());
        assertEquals("boxes", merged.name());
    }

    @Test
    void draftWithNoFieldsIsEmptyAndAnyFieldMakesItNonEmpty() {
        assertTrue(Fixtures.noChanges().isEmpty());
        assertFalse(new ProjectDraft(null, null, null, null, null, null, List.of()).isEmpty());
        assertFalse(new ProjectDraft(null, null, null, "", null, null, null).isEmpty());
    }
}
