package io.quorum.api.v1;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quorum.error.DomainException;
import io.quorum.error.Failure;
import io.quorum.json.Json;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParamsTest {

    private static Params params(String json) {
        try {
            return Params.of((ObjectNode) Json.MAPPER.readTree(json));
        } catch (Exception e) {
            throw new AssertionError("bad test JSON: " + json, e);
        }
    }

    /** Asserts code-2 refusal whose detail names {@code fieldPath}; returns the detail. */
    private static String assertInvalid(String fieldPath, Executable call) {
        DomainException refused = assertThrows(DomainException.class, call);
        assertEquals(Failure.INVALID_PARAMETER, refused.failure(), refused.detail());
        assertTrue(refused.detail().contains(fieldPath), () -> "detail should name " + fieldPath + ": " + refused.detail());
        return refused.detail();
    }

    @Test
    void requiredStringIsReturned() {
        assertEquals("api test project", params("{\"projectName\": \"api test project\"}").requiredString("projectName"));
    }

    @Test
    void missingRequiredStringIsRefusedNamingTheField() {
        String detail = assertInvalid("params.projectName", () -> params("{}").requiredString("projectName"));
        assertTrue(detail.contains("required"), detail);
    }

    @Test
    void optionalStringIsEmptyWhenAbsentAndPresentWhenGiven() {
        assertEquals(Optional.empty(), params("{}").optionalString("instruction"));
        assertEquals(Optional.of("x"), params("{\"instruction\": \"x\"}").optionalString("instruction"));
    }

    @Test
    void emptyStringIsAValueNotAnAbsence() {
        assertEquals(Optional.of(""), params("{\"instruction\": \"\"}").optionalString("instruction"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12", "true", "[\"a\"]", "{\"a\": 1}", "1.5"})
    void nonStringValueForAStringFieldIsRefused(String value) {
        String detail = assertInvalid("params.type", () -> params("{\"type\": " + value + "}").optionalString("type"));
        assertTrue(detail.contains("string"), detail);
    }

    @Test
    void explicitNullIsTreatedAsAbsent() {
        Params p = params("{\"instruction\": null, \"projectName\": null, \"startTime\": null, \"options\": null}");
        assertEquals(Optional.empty(), p.optionalString("instruction"));
        assertEquals(Optional.empty(), p.optionalLong("startTime"));
        assertEquals(Optional.empty(), p.optionalObjectList("options"));
        assertInvalid("params.projectName", () -> p.requiredString("projectName"));
    }

    @Test
    void explicitNullFieldThatWasReadPassesFinish() {
        Params p = params("{\"instruction\": null}");
        p.optionalString("instruction");
        assertDoesNotThrow(p::finish);
    }

    @Test
    void integerIsReadFromJsonNumbers() {
        assertEquals(Optional.of(1597388950604L), params("{\"startTime\": 1597388950604}").optionalLong("startTime"));
        assertEquals(Optional.of(-5L), params("{\"startTime\": -5}").optionalLong("startTime"));
    }

    @Test
    void integerIsReadFromDigitStrings() {
        assertEquals(Optional.of(1597388950604L), params("{\"startTime\": \"1597388950604\"}").optionalLong("startTime"));
        assertEquals(Optional.of(-7L), params("{\"startTime\": \"-7\"}").optionalLong("startTime"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "\"12a\"", "\"\"", "\" 12\"", "true", "[1]", "{}", "\"1e3\"", "123456789012345678901234567890"})
    void nonIntegerValueForAnIntegerFieldIsRefused(String value) {
        String detail = assertInvalid("params.endTime", () -> params("{\"endTime\": " + value + "}").optionalLong("endTime"));
        assertTrue(detail.contains("integer"), detail);
    }

    @Test
    void stringListIsReadInOrder() {
        assertEquals(List.of("a", "b", "a"), params("{\"resourceURLs\": [\"a\", \"b\", \"a\"]}").requiredStringList("resourceURLs"));
    }

    @Test
    void stringListWithANonStringElementNamesTheElement() {
        assertInvalid("params.resourceURLs[1]", () -> params("{\"resourceURLs\": [\"a\", 2]}").requiredStringList("resourceURLs"));
    }

    @Test
    void stringListThatIsNotAnArrayIsRefused() {
        assertInvalid("params.resourceURLs", () -> params("{\"resourceURLs\": \"a\"}").requiredStringList("resourceURLs"));
    }

    @Test
    void missingRequiredStringListIsRefused() {
        assertInvalid("params.resourceURLs", () -> params("{}").requiredStringList("resourceURLs"));
    }

    @Test
    void finishRefusesAnUnknownFieldNamingItsPath() {
        Params p = params("{\"projectName\": \"a\", \"projectNmae\": \"typo\"}");
        p.requiredString("projectName");
        String detail = assertInvalid("params.projectNmae", p::finish);
        assertTrue(detail.contains("not a known parameter"), detail);
    }

    @Test
    void finishPassesWhenEveryFieldWasRead() {
        Params p = params("{\"projectName\": \"a\", \"instruction\": \"b\"}");
        p.requiredString("projectName");
        p.optionalString("instruction");
        assertDoesNotThrow(p::finish);
    }

    @Test
    void fieldsAreNotReadUntilAsked() {
        Params p = params("{\"projectName\": \"a\"}");
        assertInvalid("params.projectName", p::finish);
    }

    @Test
    void nestedObjectListReadsEachObjectWithItsPath() {
        Params p = params("{\"options\": [{\"value\": \"cat\"}, {\"value\": \"dog\"}]}");
        List<Params> options = p.optionalObjectList("options").orElseThrow();
        assertEquals(2, options.size());
        assertEquals("cat", options.get(0).requiredString("value"));
        assertEquals("dog", options.get(1).requiredString("value"));
        assertEquals("params.options[1].value", options.get(1).field("value"));
    }

    @Test
    void missingValueInSecondOptionIsRefusedAsParamsOptions1Value() {
        Params p = params("{\"options\": [{\"value\": \"cat\"}, {\"label\": \"dog\"}]}");
        List<Params> options = p.optionalObjectList("options").orElseThrow();
        options.get(0).requiredString("value");
        assertInvalid("params.options[1].value", () -> options.get(1).requiredString("value"));
    }

    @Test
    void wrongTypedValueInNestedObjectNamesItsPath() {
        Params p = params("{\"options\": [{\"value\": \"cat\"}, {\"value\": 7}]}");
        List<Params> options = p.optionalObjectList("options").orElseThrow();
        assertInvalid("params.options[1].value", () -> options.get(1).requiredString("value"));
    }

    @Test
    void unknownFieldInNestedObjectIsRefusedByItsFinish() {
        Params p = params("{\"options\": [{\"value\": \"cat\", \"colour\": \"red\"}]}");
        Params option = p.optionalObjectList("options").orElseThrow().get(0);
        option.requiredString("value");
        assertInvalid("params.options[0].colour", option::finish);
    }

    @Test
    void nonObjectElementInObjectListNamesTheElement() {
        assertInvalid("params.options[1]", () -> params("{\"options\": [{\"value\": \"cat\"}, \"dog\"]}").optionalObjectList("options"));
    }

    @Test
    void objectListThatIsNotAnArrayIsRefused() {
        assertInvalid("params.options", () -> params("{\"options\": {\"value\": \"cat\"}}").optionalObjectList("options"));
    }

    @Test
    void customRootPathAppearsInErrors() {
        ObjectNode body = Json.object();
        assertInvalid("body.email", () -> Params.of(body, "body").requiredString("email"));
    }
}
