package io.quorum.api.v1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quorum.error.Failure;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class V1CodeTest {

    @ParameterizedTest
    @EnumSource(Failure.class)
    void everyFailureMapsToACodeOfTheSpecsTableOrQuorumsOwn(Failure failure) {
        V1Code code = V1Code.of(failure);
        assertNotNull(code);
        assertTrue(code.code() >= 1 && code.code() <= 33, failure + " maps to " + code.code());
    }

    /** 0 to 28 from the spec's table; 29 to 33 Quorum's own (worker API and workflows). */
    @Test
    void theSpecsCodesZeroToTwentyEightAndQuorumsTwentyNineToThirtyThreeAreAllPresent() {
        Set<Integer> codes = Arrays.stream(V1Code.values()).map(V1Code::code).collect(Collectors.toCollection(TreeSet::new));
        Set<Integer> expected = IntStream.rangeClosed(0, 33).boxed().collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, codes);
    }

    @Test
    void codeTenHasBothOfTheSpecsMessages() {
        assertEquals(2, Arrays.stream(V1Code.values()).filter(code -> code.code() == 10).count());
        assertEquals(35, V1Code.values().length, "34 codes, code 10 twice");
    }

    /** Messages copied verbatim from the spec's error table, typos and missing spaces included. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            SUCCESS                 | 0  | success
            UNKNOWN_ERROR           | 1  | unknown error
            PARAMETER_INVALID       | 2  | Parameter missing or invalid
            JSON_PARSING_FAILED     | 3  | Json parsing failed
            USER_NOT_FOUND          | 6  | API request user does not exist
            PROJECT_CREATION_FAILED | 7  | Project creation failed, please check the parameter configuration
            PROJECT_NOT_FOUND       | 8  | The project does not exist
            PROJECT_UPDATE_FAILED   | 9  | Project update failed,Please check for the project configurarion
            RESOURCE_LINK_TOO_LONG  | 10 | Failed to submit the resource link, please check whether the resource link is too long
            NO_FILES_UPLOADED       | 10 | The project has not uploaded files and cannot be opened, please upload files first
            NO_FILES_USABLE         | 11 | The project has not uploaded files and cannot be opened, please upload files first
            UNDER_REVIEW            | 13 | The project is under review
            ALREADY_IN_PROGRESS     | 14 | The project is already in progress, no need to start
            PAUSED                  | 20 | The project has been paused
            CANNOT_DELETE_NOW       | 22 | The project can not be deleted now
            RESOURCE_INVALID        | 24 | Invalid resource information,Please check resource
            UPLOAD_NOT_ALLOWED      | 25 | The current project status does not allow to upload resources
            QUERY_FAILED            | 26 | Project information query failed, please check whether the retrieved parameters match
            SIGNATURE_FAILED        | 27 | api key signature verification failed
            LOCKED_FOR_REVIEW       | 28 | Projects that have been opened for delivery review cannot be modified
            """)
    void messagesAreTheSpecsVerbatim(V1Code code, int number, String message) {
        assertEquals(number, code.code());
        assertEquals(message, code.message());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            INTERNAL                    | 1
            QUEUE_UNAVAILABLE           | 1
            INVALID_PARAMETER           | 2
            BODY_TOO_LARGE              | 2
            MALFORMED_JSON              | 3
            UNKNOWN_PATH                | 4
            ADMIN_KEY_MISSING           | 5
            UNKNOWN_USER                | 6
            PROJECT_CREATE_REFUSED      | 7
            PROJECT_NOT_FOUND           | 8
            PROJECT_UPDATE_REFUSED      | 9
            RESOURCE_URL_TOO_LONG       | 10
            NO_RESOURCES                | 10
            NO_VALID_RESOURCES          | 11
            UNDER_REVIEW                | 13
            ALREADY_RUNNING             | 14
            ALREADY_COMPLETED           | 15
            ALREADY_PAUSED              | 20
            PAUSE_REFUSED               | 21
            DELETE_REFUSED_IN_PROGRESS  | 22
            DELETE_REFUSED              | 23
            RESOURCE_INVALID            | 24
            UPLOADS_CLOSED              | 25
            QUERY_REFUSED               | 26
            SIGNATURE_INVALID           | 27
            PROJECT_LOCKED_AFTER_SUBMIT | 28
            """)
    void failuresMapToTheirDocumentedCodes(Failure failure, int code) {
        assertEquals(code, V1Code.of(failure).code());
    }

    @Test
    void theTwoCodeTenFailuresCarryTheirOwnMessages() {
        V1Code tooLong = V1Code.of(Failure.RESOURCE_URL_TOO_LONG);
        V1Code noFiles = V1Code.of(Failure.NO_RESOURCES);
        assertNotSame(tooLong, noFiles);
        assertTrue(tooLong.message().contains("resource link is too long"), tooLong.message());
        assertTrue(noFiles.message().contains("has not uploaded files"), noFiles.message());
    }

    @Test
    void noFailureMapsToSuccess() {
        for (Failure failure : Failure.values()) {
            assertTrue(V1Code.of(failure) != V1Code.SUCCESS, failure + " must not answer code 0");
        }
    }
}
