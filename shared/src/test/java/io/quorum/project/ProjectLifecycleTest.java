package io.quorum.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quorum.error.DomainException;
import io.quorum.error.Failure;
import io.quorum.testing.Fixtures;
import io.quorum.testing.MutableClock;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ProjectLifecycleTest {

    /** Ten samples waiting to be fetched: enough for a start to be allowed. */
    private static final Counters SOME_SAMPLES = new Counters(10, 10, 0, 0, 0, 0, 0);

    /** The outcome of one (status, change): the next status, or the failure that refuses it. */
    private record Outcome(ProjectStatus next, Failure failure) {
        static Outcome to(ProjectStatus next) {
            return new Outcome(next, null);
        }

        static Outcome refused(Failure failure) {
            return new Outcome(null, failure);
        }

        @Override
        public String toString() {
            return next != null ? "-> " + next : "refused " + failure;
        }
    }

    private static final List<Arguments> TABLE = List.of(
            Arguments.of(ProjectStatus.UNSTARTED, StateChange.START, Outcome.to(ProjectStatus.CHECKING)),
            Arguments.of(ProjectStatus.CHECKING, StateChange.START, Outcome.refused(Failure.UNDER_REVIEW)),
            Arguments.of(ProjectStatus.RUNNING, StateChange.START, Outcome.refused(Failure.ALREADY_RUNNING)),
            Arguments.of(ProjectStatus.PAUSED, StateChange.START, Outcome.to(ProjectStatus.RUNNING)),
            Arguments.of(ProjectStatus.COMPLETED, StateChange.START, Outcome.refused(Failure.ALREADY_COMPLETED)),
            Arguments.of(ProjectStatus.DELETED, StateChange.START, Outcome.refused(Failure.PROJECT_NOT_FOUND)),

            Arguments.of(ProjectStatus.UNSTARTED, StateChange.PAUSE, Outcome.refused(Failure.PAUSE_REFUSED)),
            Arguments.of(ProjectStatus.CHECKING, StateChange.PAUSE, Outcome.refused(Failure.PAUSE_REFUSED)),
            Arguments.of(ProjectStatus.RUNNING, StateChange.PAUSE, Outcome.to(ProjectStatus.PAUSED)),
            Arguments.of(ProjectStatus.PAUSED, StateChange.PAUSE, Outcome.refused(Failure.ALREADY_PAUSED)),
            Arguments.of(ProjectStatus.COMPLETED, StateChange.PAUSE, Outcome.refused(Failure.PAUSE_REFUSED)),
            Arguments.of(ProjectStatus.DELETED, StateChange.PAUSE, Outcome.refused(Failure.PROJECT_NOT_FOUND)),

            Arguments.of(ProjectStatus.UNSTARTED, StateChange.DELETE, Outcome.to(ProjectStatus.DELETED)),
            Arguments.of(ProjectStatus.CHECKING, StateChange.DELETE, Outcome.refused(Failure.DELETE_REFUSED)),
            Arguments.of(ProjectStatus.RUNNING, StateChange.DELETE, Outcome.refused(Failure.DELETE_REFUSED_IN_PROGRESS)),
            Arguments.of(ProjectStatus.PAUSED, StateChange.DELETE, Outcome.to(ProjectStatus.DELETED)),
            Arguments.of(ProjectStatus.COMPLETED, StateChange.DELETE, Outcome.to(ProjectStatus.DELETED)),
            Arguments.of(ProjectStatus.DELETED, StateChange.DELETE, Outcome.refused(Failure.PROJECT_NOT_FOUND)));

    static Stream<Arguments> table() {
        return TABLE.stream();
    }

    private static Project project(ProjectStatus status, Counters counters) {
        Project fresh = Project.newProject(new ProjectId("p1_AbCdEf12"), Fixtures.OWNER,
                ProjectSpec.from(Fixtures.classification("cats")), MutableClock.SPEC_EXAMPLE_TIME);
        return new Project(fresh.id(), fresh.owner(), fresh.spec(), status, counters, 0, fresh.createdAt(), fresh.updatedAt(), 1);
    }

    @ParameterizedTest(name = "{0} + {1} {2}")
    @MethodSource("table")
    void changeFromStatusLeadsToItsDocumentedOutcome(ProjectStatus status, StateChange change, Outcome outcome) {
        Project project = project(status, SOME_SAMPLES);
        if (outcome.next() != null) {
            assertEquals(outcome.next(), ProjectLifecycle.next(project, change));
        } else {
            DomainException refused = assertThrows(DomainException.class, () -> ProjectLifecycle.next(project, change));
            assertEquals(outcome.failure(), refused.failure(), refused.detail());
        }
    }

    @Test
    void tableCoversEveryStatusAndChangeExactlyOnce() {
        Set<List<Object>> seen = new HashSet<>();
        for (Arguments row : TABLE) {
            Object[] values = row.get();
            assertTrue(seen.add(List.of(values[0], values[1])), "duplicate row " + values[0] + " " + values[1]);
        }
        assertEquals(ProjectStatus.values().length * StateChange.values().length, seen.size());
        for (ProjectStatus status : EnumSet.allOf(ProjectStatus.class)) {
            for (StateChange change : EnumSet.allOf(StateChange.class)) {
                assertTrue(seen.contains(List.of(status, change)), "missing row " + status + " " + change);
            }
        }
    }

    @Test
    void startWithNoSamplesIsRefusedWithNoResources() {
        DomainException refused = assertThrows(DomainException.class,
                () -> ProjectLifecycle.next(project(ProjectStatus.UNSTARTED, Counters.ZERO), StateChange.START));
        assertEquals(Failure.NO_RESOURCES, refused.failure());
    }

    @Test
    void startWhenEverySampleFailedIsRefusedWithNoValidResources() {
        Counters allFailed = new Counters(3, 0, 0, 0, 0, 3, 0);
        DomainException refused = assertThrows(DomainException.class,
                () -> ProjectLifecycle.next(project(ProjectStatus.UNSTARTED, allFailed), StateChange.START));
        assertEquals(Failure.NO_VALID_RESOURCES, refused.failure());
    }

    @Test
    void startWithOneUsableSampleAmongFailedOnesSubmitsForReview() {
        Counters oneLeft = new Counters(3, 1, 0, 0, 0, 2, 0);
        assertEquals(ProjectStatus.CHECKING, ProjectLifecycle.next(project(ProjectStatus.UNSTARTED, oneLeft), StateChange.START));
    }

    @Test
    void resumingAPausedProjectDoesNotRecheckItsSamples() {
        assertEquals(ProjectStatus.RUNNING, ProjectLifecycle.next(project(ProjectStatus.PAUSED, Counters.ZERO), StateChange.START));
    }
}
